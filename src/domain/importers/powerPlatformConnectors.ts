import type { AuthMethod, Connection, Protocol, TargetSystem } from '../../contract/inventory';

type TlsVersion = NonNullable<Connection['transport']['tlsVersion']>;
import { asBool, hostOf, schemeOf } from './builder';

/** What a connection's parameters say about how it signs in and how it talks to its target. */
export interface ConnectorFacts {
  known: boolean;
  host: string;
  targetKind: TargetSystem['kind'];
  protocol: Protocol;
  tlsVersion?: TlsVersion;
  certificateValidation: boolean;
  authMethod: AuthMethod;
  /** True when the connection signs in with its creator's own identity (OAuth on their behalf, Windows). */
  personal: boolean;
  accountName?: string;
}

type Params = ReadonlyMap<string, unknown>;
const str = (p: Params, ...keys: string[]) => {
  for (const k of keys) {
    const v = p.get(k);
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return undefined;
};

/** Microsoft 365 and Dataverse connectors: delegated OAuth as the creator, over HTTPS to a Microsoft host. */
const MICROSOFT_SAAS: Record<string, string> = {
  shared_sharepointonline: 'sharepoint.com', shared_office365: 'outlook.office365.com', shared_office365users: 'graph.microsoft.com',
  shared_teams: 'teams.microsoft.com', shared_onedriveforbusiness: 'onedrive.com', shared_commondataservice: 'dynamics.com',
  shared_commondataserviceforapps: 'dynamics.com', shared_excelonlinebusiness: 'graph.microsoft.com', shared_approvals: 'flow.microsoft.com',
};

/**
 * Maps a Power Platform connector and its (secret-free) parameters to transport and authentication facts.
 * Parameter names follow the connectors' reference pages and ARM templates (shared_ftp: serverAddress,
 * userName, password, serverPort, isSSL, disableCertificateValidation; shared_sql: server, database, authType,
 * username, password, gateway). Unknown connectors get a generic reading and `known: false`.
 */
export function connectorFacts(connector: string, p: Params, fallbackHost: string): ConnectorFacts {
  const authType = (str(p, 'authType', 'authenticationType', 'connectionParametersSet.name') ?? '').toLowerCase();
  switch (connector) {
    case 'shared_sql': {
      const windows = authType.includes('windows');
      const personal = windows || authType.includes('oauth') || authType.includes('aad') || authType.includes('entra');
      const encrypt = asBool(p.get('encryptConnection')) ?? true;
      return {
        known: true, host: hostOf(str(p, 'server') ?? fallbackHost), targetKind: 'database', protocol: 'tds',
        ...(encrypt ? { tlsVersion: '1.2' as const } : {}),
        certificateValidation: !(asBool(p.get('trustServerCertificate')) ?? false),
        authMethod: windows ? 'windows' : personal ? 'oauth_delegated' : 'password', personal,
        ...optionalAccount(str(p, 'username', 'userName')),
      };
    }
    case 'shared_ftp': {
      const ssl = asBool(p.get('isSSL')) ?? false;
      return {
        known: true, host: hostOf(str(p, 'serverAddress') ?? fallbackHost), targetKind: 'file_transfer', protocol: ssl ? 'ftps' : 'ftp',
        ...(ssl ? { tlsVersion: '1.2' as const } : {}),
        certificateValidation: !(asBool(p.get('disableCertificateValidation')) ?? false),
        authMethod: 'password', personal: false, ...optionalAccount(str(p, 'userName', 'username')),
      };
    }
    case 'shared_sftp':
    case 'shared_sftpwithssh':
      return {
        known: true, host: hostOf(str(p, 'hostName', 'serverAddress') ?? fallbackHost), targetKind: 'file_transfer', protocol: 'sftp',
        certificateValidation: !(asBool(p.get('acceptAnySshHostKey')) ?? false),
        authMethod: str(p, 'sshPrivateKeyPassphrase') !== undefined || p.has('sshPrivateKey') ? 'certificate' : 'password', personal: false,
        ...optionalAccount(str(p, 'userName', 'username')),
      };
    case 'shared_smtp': {
      const ssl = asBool(p.get('enableSSL')) ?? asBool(p.get('isSSL')) ?? false;
      return {
        known: true, host: hostOf(str(p, 'serverAddress') ?? fallbackHost), targetKind: 'mail', protocol: 'smtp',
        ...(ssl ? { tlsVersion: '1.2' as const } : {}), certificateValidation: true, authMethod: 'password', personal: false,
        ...optionalAccount(str(p, 'userName', 'username')),
      };
    }
    case 'shared_azureblob':
      return {
        known: true, host: `${str(p, 'accountName') ?? fallbackHost}.blob.core.windows.net`, targetKind: 'file_share', protocol: 'https', tlsVersion: '1.2',
        certificateValidation: true, authMethod: 'api_key', personal: false, ...optionalAccount(str(p, 'accountName')),
      };
    case 'shared_webcontents':
    case 'shared_http': {
      const url = str(p, 'baseResourceUrl', 'resourceUri', 'url') ?? fallbackHost;
      const https = schemeOf(url) !== 'http';
      return {
        known: true, host: hostOf(url), targetKind: 'api', protocol: https ? 'https' : 'http', ...(https ? { tlsVersion: '1.2' as const } : {}),
        certificateValidation: true, authMethod: 'oauth_delegated', personal: true,
      };
    }
  }
  const saasHost = MICROSOFT_SAAS[connector];
  if (saasHost) {
    return { known: true, host: saasHost, targetKind: 'saas', protocol: 'https', tlsVersion: '1.2', certificateValidation: true, authMethod: 'oauth_delegated', personal: true };
  }
  // Unknown (custom or less common) connectors: read what the common parameter names say, flag the rest.
  const address = str(p, 'serverAddress', 'server', 'hostName', 'host', 'baseUrl', 'url', 'endpoint') ?? fallbackHost;
  const https = schemeOf(address) !== 'http';
  const hasUser = str(p, 'userName', 'username') !== undefined;
  return {
    known: false, host: hostOf(address), targetKind: 'api', protocol: https ? 'https' : 'http', ...(https ? { tlsVersion: '1.2' as const } : {}),
    certificateValidation: !(asBool(p.get('disableCertificateValidation')) ?? false),
    authMethod: hasUser ? 'password' : authType.includes('key') ? 'api_key' : 'oauth_delegated', personal: !hasUser && !authType.includes('key'),
    ...optionalAccount(str(p, 'userName', 'username')),
  };
}

const optionalAccount = (accountName: string | undefined) => (accountName ? { accountName } : {});
