import type { RuleDefinition } from './types';
import { ev, perConnection } from './types';

/** Machine-to-machine calls have no user to notice a fake endpoint; mutual TLS authenticates both ends. */
export const noMtlsServiceLink: RuleDefinition = {
  meta: {
    id: 'no-mtls-service-link',
    title: 'Service-to-service link without mTLS',
    severity: 'medium',
    owasp: ['CD-SEC-05', 'NHI4:2025'],
    subjectType: 'connection',
    checks: 'A machine-to-machine connection of a non-human identity does not use mutual TLS, so neither side proves its identity with a certificate.',
    evidenceFields: ['serviceToService', 'transport.mtls'],
    remediation: [
      'Issue a client certificate to the calling identity from the internal CA.',
      'Require client certificates on the target endpoint and enable mTLS on the connection.',
      'Rotate certificates automatically before they expire.',
    ],
  },
  evaluate(ctx) {
    return perConnection(ctx, (c) => {
      if (!c.serviceToService || c.transport.mtls) return null;
      return [ev('serviceToService', true), ev('transport.mtls', false)];
    });
  },
};
