import { usesTls } from '../ranks';
import type { RuleDefinition } from './types';
import { ev, perConnection } from './types';

/** Switching validation off "to stop errors" makes TLS worthless against anyone on the path. */
export const tlsValidationDisabled: RuleDefinition = {
  meta: {
    id: 'tls-validation-disabled',
    title: 'TLS certificate validation disabled',
    severity: 'high',
    owasp: ['CD-SEC-05', 'NHI4:2025'],
    subjectType: 'connection',
    checks: 'The connection uses TLS but does not validate the server certificate, so any machine in the path can impersonate the target and read the credentials.',
    evidenceFields: ['transport.certificateValidation', 'transport.protocol'],
    remediation: [
      'Turn certificate validation back on in the connection settings.',
      'If validation failed, fix the cause: install the internal CA certificate or renew the target\'s certificate.',
      'For service-to-service links, consider certificate pinning or mTLS.',
    ],
  },
  evaluate(ctx) {
    return perConnection(ctx, (c) => {
      if (!usesTls(c.transport.protocol, c.transport.tlsVersion) || c.transport.certificateValidation) return null;
      return [ev('transport.certificateValidation', false), ev('transport.protocol', c.transport.protocol)];
    });
  },
};
