import type { RuleDefinition } from './types';
import { ev, perConnection } from './types';

/** A secret anyone with the file, repo or export can read, and that leaks with every copy. */
export const plaintextSecret: RuleDefinition = {
  meta: {
    id: 'plaintext-secret',
    title: 'Secret stored in plaintext or hard-coded',
    severity: 'critical',
    owasp: ['CD-SEC-05', 'CD-SEC-04', 'NHI2:2025'],
    subjectType: 'connection',
    checks: 'The connection\'s secret is stored in plaintext or written into the code of a script or flow instead of a vault or the platform\'s encrypted store.',
    evidenceFields: ['secretStorage', 'apps[].repository'],
    remediation: [
      'Revoke the exposed secret at the target and issue a new one.',
      'Store the new secret in a vault (or the platform\'s encrypted connection store) and read it at run time.',
      'Remove the secret from the code and from the repository history; enable secret scanning on the repository.',
      'Review generated (AI-assisted) code for embedded credentials before committing it.',
    ],
  },
  evaluate(ctx) {
    return perConnection(
      ctx,
      (c, k) => {
        if (c.secretStorage !== 'plaintext' && c.secretStorage !== 'hardcoded') return null;
        const evidence = [ev('secretStorage', c.secretStorage, c.secretStorage === 'hardcoded' ? 'secret is written in the code' : 'secret stored unencrypted')];
        for (const a of ctx.connectionRefs.apps(k) ?? []) {
          if (a.repository !== undefined) evidence.push(ev(`apps[${a.id}].repository`, a.repository, `${a.kind} "${a.name}" keeps its code here`));
        }
        return evidence;
      },
      (_, k) => (ctx.connectionRefs.apps(k) ?? []).map((a) => a.id),
    );
  },
};
