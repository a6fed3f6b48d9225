import type { AuthMethod, Connection, Protocol, TargetSystem } from '../../contract/inventory';

type TlsVersion = NonNullable<Connection['transport']['tlsVersion']>;
import { asBool, hostOf, schemeOf } from './builder';

export interface CredentialFacts {
  known: boolean;
  host: string | undefined;
  targetKind: TargetSystem['kind'];
  protocol: Protocol;
  tlsVersion?: TlsVersion;
  certificateValidation: boolean;
  authMethod: AuthMethod;
  accountName?: string;
}

type Data = ReadonlyMap<string, unknown>;
const str = (d: Data, ...keys: string[]) => {
  for (const k of keys) {
    const v = d.get(k);
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (typeof v === 'number') return String(v);
  }
  return undefined;
};
const account = (d: Data) => {
  const a = str(d, 'user', 'username', 'userName');
  return a ? { accountName: a } : {};
};
const TLS = { tlsVersion: '1.2' as const };

/**
 * Reads the non-secret fields of an n8n credential's data by credential type. Field names follow n8n's
 * credential classes (postgres: host, database, user, ssl, allowUnauthorizedCerts; mySql: ssl; microsoftSql:
 * server, tls; ftp/sftp: host, username; sshPassword/sshPrivateKey: host, username).
 */
export function credentialFacts(type: string, d: Data): CredentialFacts {
  const noValidation = asBool(d.get('allowUnauthorizedCerts')) ?? asBool(d.get('ignoreSSLIssues')) ?? false;
  switch (type) {
    case 'postgres': {
      const ssl = String(d.get('ssl') ?? 'disable').toLowerCase();
      const tls = ssl !== 'disable' && ssl !== 'allow';
      return { known: true, host: str(d, 'host'), targetKind: 'database', protocol: 'postgres', ...(tls ? TLS : {}), certificateValidation: !noValidation && ssl !== 'require', authMethod: 'password', ...account(d) };
    }
    case 'mySql':
      return { known: true, host: str(d, 'host'), targetKind: 'database', protocol: 'mysql', ...(asBool(d.get('ssl')) ? TLS : {}), certificateValidation: !noValidation, authMethod: 'password', ...account(d) };
    case 'microsoftSql':
      return { known: true, host: str(d, 'server'), targetKind: 'database', protocol: 'tds', ...((asBool(d.get('tls')) ?? true) ? TLS : {}), certificateValidation: !noValidation, authMethod: 'password', ...account(d) };
    case 'ftp':
      return { known: true, host: str(d, 'host'), targetKind: 'file_transfer', protocol: 'ftp', certificateValidation: true, authMethod: 'password', ...account(d) };
    case 'sftp':
      return { known: true, host: str(d, 'host'), targetKind: 'file_transfer', protocol: 'sftp', certificateValidation: true, authMethod: 'password', ...account(d) };
    case 'sshPassword':
      return { known: true, host: str(d, 'host'), targetKind: 'api', protocol: 'ssh', certificateValidation: true, authMethod: 'password', ...account(d) };
    case 'sshPrivateKey':
      return { known: true, host: str(d, 'host'), targetKind: 'api', protocol: 'ssh', certificateValidation: true, authMethod: 'certificate', ...account(d) };
    case 'httpBasicAuth':
    case 'httpDigestAuth':
      return { known: true, host: undefined, targetKind: 'api', protocol: 'https', ...TLS, certificateValidation: !noValidation, authMethod: 'password', ...account(d) };
    case 'httpHeaderAuth':
    case 'httpQueryAuth':
    case 'httpBearerAuth':
      return { known: true, host: undefined, targetKind: 'api', protocol: 'https', ...TLS, certificateValidation: !noValidation, authMethod: type === 'httpBearerAuth' ? 'bearer_token' : 'api_key' };
    case 'oAuth2Api': {
      const grant = String(d.get('grantType') ?? '').toLowerCase();
      const url = str(d, 'accessTokenUrl', 'authUrl');
      return {
        known: true, host: url ? hostOf(url) : undefined, targetKind: 'api', protocol: url && schemeOf(url) === 'http' ? 'http' : 'https', ...TLS,
        certificateValidation: !noValidation, authMethod: grant.includes('client') ? 'oauth_client_credentials' : 'oauth_delegated',
      };
    }
  }
  // Service-specific credentials (slackApi, githubApi, notionApi, googleSheetsOAuth2Api...): a token or OAuth.
  const url = str(d, 'url', 'baseUrl', 'server', 'host', 'domain');
  return {
    known: false, host: url ? hostOf(url) : undefined, targetKind: 'saas', protocol: url && schemeOf(url) === 'http' ? 'http' : 'https', ...TLS,
    certificateValidation: !noValidation, authMethod: /oauth/i.test(type) ? 'oauth_delegated' : 'api_key', ...account(d),
  };
}
