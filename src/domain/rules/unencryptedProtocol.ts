import { isEncrypted } from '../ranks';
import type { RuleDefinition } from './types';
import { ev, perConnection } from './types';

/** Credentials and data in clear text on the wire (http, ftp, telnet, ldap, databases without TLS). */
export const unencryptedProtocol: RuleDefinition = {
  meta: {
    id: 'unencrypted-protocol',
    title: 'Unencrypted protocol',
    severity: 'high',
    owasp: ['CD-SEC-05', 'CD-SEC-04'],
    subjectType: 'connection',
    checks: 'The connection uses a protocol without encryption (http, ftp, telnet, ldap) or a database/mail/queue protocol without TLS, so credentials and data cross the network readable.',
    evidenceFields: ['transport.protocol', 'transport.tlsVersion'],
    remediation: [
      'Switch to the encrypted variant: https, sftp or ftps, ldaps, or enable encryption on the database/mail/queue connection.',
      'Require TLS 1.2 or later on the target and reject unencrypted clients.',
      'Rotate the credential, since it may have been captured in transit.',
    ],
  },
  evaluate(ctx) {
    return perConnection(ctx, (c) => {
      if (isEncrypted(c.transport.protocol, c.transport.tlsVersion)) return null;
      return [ev('transport.protocol', c.transport.protocol), ev('transport.tlsVersion', c.transport.tlsVersion ?? null, 'no TLS negotiated')];
    });
  },
};
