import type { RuleDefinition } from './types';
import { ev, perConnection } from './types';

/** The embedded-identity incident: a person's own login inside a connection many others can use. */
export const personalCredentialShared: RuleDefinition = {
  meta: {
    id: 'personal-credential-shared',
    title: 'Personal credentials behind a widely shared connection',
    severity: 'critical',
    owasp: ['CD-SEC-02', 'CD-SEC-05'],
    subjectType: 'connection',
    checks: 'The connection signs in with a person\'s own account and at least the policy\'s number of other principals (directly, through groups or through shared apps) can use it, so their requests run as that person.',
    evidenceFields: ['authenticatesAs', 'authMethod', 'actors'],
    remediation: [
      'Create a dedicated service account (or app registration) with only the rights the app needs.',
      'Store its secret in the platform vault or use managed identity / OAuth client credentials.',
      'Switch the connection (or create a new one) to authenticate as the service account.',
      'Remove direct shares of the connection; share the app only with those who need it.',
      'Ask the person to change their password, since it was usable by others.',
    ],
  },
  evaluate(ctx) {
    return perConnection(ctx, (c, k) => {
      const who = ctx.connectionRefs.identity(k);
      if (who?.kind !== 'person') return null;
      const x = ctx.connectionRefs.exposure(k);
      const others = x.actors - (x.ownerActs ? 1 : 0);
      if (others < ctx.policy.personalShareMinActors) return null;
      return [
        ev('authenticatesAs', c.authenticatesAs, `person: ${who.name}`),
        ev('authMethod', c.authMethod),
        ev('actors', others, `principals besides the owner who can act as ${who.name} (policy: ${ctx.policy.personalShareMinActors})`),
      ];
    });
  },
};
