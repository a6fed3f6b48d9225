import { z } from './zod';

/**
 * The native inventory: the domain model of DESIGN.md as it is imported, stored and generated.
 * Every string here comes from an enterprise export and is treated as hostile by the UI (rendered as text only).
 * Secrets never appear: a connection carries a fingerprint of its secret, not the secret.
 */

const id = z.string().min(1).max(200);
const isoDate = z.iso.datetime({ offset: true });
/** Free text from an export: bounded so one field cannot exhaust memory, never interpreted as markup. */
const text = z.string().max(10_000);

export const PrincipalKind = z.enum(['person', 'group', 'service_account', 'app_registration']);
export const PrincipalStatus = z.enum(['active', 'departed']);
export const Platform = z.enum([
  'power_platform',
  'salesforce',
  'servicenow',
  'uipath',
  'zapier',
  'make',
  'n8n',
  'workato',
  'script',
]);
export const Environment = z.enum(['prod', 'test', 'dev']);
export const AuthMethod = z.enum([
  'password',
  'api_key',
  'oauth_delegated',
  'oauth_client_credentials',
  'certificate',
  'managed_identity',
  'bearer_token',
  'windows',
]);
export const SecretStorage = z.enum(['vault', 'platform_encrypted', 'plaintext', 'hardcoded']);
export const Privilege = z.enum(['read_only', 'read_write', 'admin']);
export const Sensitivity = z.enum(['low', 'medium', 'high', 'critical']);
export const TargetKind = z.enum(['database', 'file_transfer', 'saas', 'api', 'directory', 'mail', 'message_queue', 'file_share']);
/**
 * Wire protocol of a connection. Some are always encrypted (https, ftps, sftp, ssh, ldaps), some never
 * (http, ftp, telnet, ldap); the rest (databases, smtp, amqp, grpc) are encrypted only when tlsVersion is set.
 */
export const Protocol = z.enum([
  'https', 'http', 'ftp', 'ftps', 'sftp', 'ssh', 'telnet', 'ldap', 'ldaps',
  'tds', 'postgres', 'mysql', 'oracle', 'smtp', 'amqp', 'grpc',
]);
export const TlsVersion = z.enum(['1.0', '1.1', '1.2', '1.3']);
export const ShareRole = z.enum(['use', 'edit', 'reshare']);
export const ShareResource = z.enum(['connection', 'app']);
export const AppKind = z.enum(['app', 'flow', 'bot', 'script']);

export const Principal = z.object({
  id,
  kind: PrincipalKind,
  name: text.min(1),
  email: text.optional(),
  department: text.optional(),
  /** Business unit for roll-ups on the overview; falls back to department when absent. */
  businessUnit: text.optional(),
  managerId: id.optional(),
  status: PrincipalStatus.default('active'),
  /** Persons only: whether sign-in requires a second factor. Unknown when absent. */
  mfa: z.boolean().optional(),
  /** Groups only: ids of member principals (persons, service accounts or nested groups). */
  members: z.array(id).optional(),
  departedAt: isoDate.optional(),
});

export const TargetSystem = z.object({
  id,
  name: text.min(1),
  kind: TargetKind,
  host: text,
  sensitivity: Sensitivity,
  description: text.optional(),
});

export const Transport = z.object({
  protocol: Protocol,
  /** Negotiated TLS version; absent means no TLS on this link. */
  tlsVersion: TlsVersion.optional(),
  certificateValidation: z.boolean(),
  pinning: z.boolean().default(false),
  mtls: z.boolean().default(false),
});

export const Credential = z.object({
  createdAt: isoDate,
  lastRotatedAt: isoDate.optional(),
  /** Absent means the credential never expires. */
  expiresAt: isoDate.optional(),
  /** A one-way fingerprint (e.g. truncated SHA-256) of the static secret; never the secret itself. */
  fingerprint: z.string().max(128).optional(),
  /** The account name on the target (e.g. the SQL login), used to spot one account reused across platforms. */
  accountName: text.optional(),
});

export const Connection = z.object({
  id,
  name: text.min(1),
  platform: Platform,
  environment: Environment,
  /** Platform connector, e.g. shared_sql, shared_ftp, n8n's postgres, a script's requests.Session. */
  connector: text,
  targetId: id,
  /** Whose credentials the connection holds: every request through it acts as this principal. */
  authenticatesAs: id,
  ownerId: id,
  authMethod: AuthMethod,
  secretStorage: SecretStorage,
  credential: Credential,
  transport: Transport,
  /** Privilege the identity holds on the target. */
  privilege: Privilege,
  /** Highest privilege any consumer of the connection actually needs; absent when unknown. */
  requiredPrivilege: Privilege.optional(),
  /** True for machine-to-machine links (an NHI calling a service), where mTLS is expected. */
  serviceToService: z.boolean().default(false),
  description: text.optional(),
});

export const App = z.object({
  id,
  name: text.min(1),
  kind: AppKind,
  platform: Platform,
  environment: Environment,
  ownerId: id,
  connectionIds: z.array(id),
  /** What the app is meant to do with its data; a read-only app behind admin credentials is overprivileged. */
  accessMode: z.enum(['read_only', 'read_write']).default('read_write'),
  /** Where a script's code lives (repository URL or path), when known. */
  repository: text.optional(),
  description: text.optional(),
});

/** An explicit grant in the export. Implicit grants (app shared → its connections usable) are derived. */
export const Share = z.object({
  id,
  resourceType: ShareResource,
  resourceId: id,
  principalId: id,
  role: ShareRole,
});

export const Activity = z.object({
  connectionId: id,
  windowStart: isoDate,
  windowEnd: isoDate,
  distinctCallers: z.number().int().nonnegative(),
  distinctSourceAddresses: z.number().int().nonnegative(),
});

export const Inventory = z.object({
  schemaVersion: z.literal(1),
  generatedAt: isoDate,
  principals: z.array(Principal),
  targets: z.array(TargetSystem),
  connections: z.array(Connection),
  apps: z.array(App),
  shares: z.array(Share),
  activity: z.array(Activity).default([]),
});

export type PrincipalKind = z.infer<typeof PrincipalKind>;
export type Platform = z.infer<typeof Platform>;
export type Environment = z.infer<typeof Environment>;
export type AuthMethod = z.infer<typeof AuthMethod>;
export type SecretStorage = z.infer<typeof SecretStorage>;
export type Privilege = z.infer<typeof Privilege>;
export type Sensitivity = z.infer<typeof Sensitivity>;
export type Protocol = z.infer<typeof Protocol>;
export type Principal = z.infer<typeof Principal>;
export type TargetSystem = z.infer<typeof TargetSystem>;
export type Connection = z.infer<typeof Connection>;
export type App = z.infer<typeof App>;
export type Share = z.infer<typeof Share>;
export type Activity = z.infer<typeof Activity>;
export type Inventory = z.infer<typeof Inventory>;
