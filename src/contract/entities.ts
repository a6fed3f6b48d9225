import { z } from './zod';
import {
  App, AuthMethod, Connection, Environment, Platform, Principal, PrincipalKind, Privilege,
  Protocol, SecretStorage, Share, TargetSystem, Activity,
} from './inventory';
import { csvOf, ListQuery, sortOf } from './pagination';
import { RiskScore } from './rules';
import { Finding } from './findings';
import { BlastRadius, Reach, WhoCanActAs } from './graph';

/** A connection with what the engine derived about it: the row of the inventory table. */
export const ConnectionRow = Connection.extend({
  targetName: z.string(),
  authenticatesAsName: z.string(),
  authenticatesAsKind: PrincipalKind,
  /** The identity is a person: everyone who can use the connection acts as that person. */
  personalCredential: z.boolean(),
  ownerName: z.string(),
  explicitShares: z.number().int().nonnegative(),
  implicitShares: z.number().int().nonnegative(),
  actors: z.number().int().nonnegative(),
  riskScore: z.number().min(0).max(100),
  openFindings: z.number().int().nonnegative(),
});
export type ConnectionRow = z.infer<typeof ConnectionRow>;

export const CONNECTION_SORTS = [
  'name', 'platform', 'environment', 'riskScore', 'actors', 'openFindings', 'lastRotatedAt', 'privilege',
] as const;
export type ConnectionSort = (typeof CONNECTION_SORTS)[number];
/** The inventory's order when the client names none: riskiest first. */
export const DEFAULT_CONNECTION_SORT = '-riskScore';

export const ConnectionsQuery = ListQuery.extend({
  platform: csvOf(Platform).optional(),
  environment: csvOf(Environment).optional(),
  authMethod: csvOf(AuthMethod).optional(),
  secretStorage: csvOf(SecretStorage).optional(),
  protocol: csvOf(Protocol).optional(),
  privilege: csvOf(Privilege).optional(),
  personalCredential: z.enum(['true', 'false']).optional(),
  certificateValidation: z.enum(['true', 'false']).optional(),
  mtls: z.enum(['true', 'false']).optional(),
  sort: sortOf(CONNECTION_SORTS),
});
export type ConnectionsQuery = z.infer<typeof ConnectionsQuery>;

/** The filters that are facets: each value with how many rows it would match given the other filters. */
export const CONNECTION_FACETS = [
  'platform', 'environment', 'authMethod', 'secretStorage', 'protocol', 'privilege',
  'personalCredential', 'certificateValidation', 'mtls',
] as const;
export type ConnectionFacet = (typeof CONNECTION_FACETS)[number];
export const FacetCounts = z.record(z.string(), z.record(z.string(), z.number().int().nonnegative()));
export type FacetCounts = z.infer<typeof FacetCounts>;

export const ConnectionDetail = z.object({
  connection: ConnectionRow,
  target: TargetSystem,
  identity: Principal,
  owner: Principal,
  score: RiskScore,
  apps: z.array(App),
  findings: z.array(Finding),
  blastRadius: BlastRadius,
  activity: z.array(Activity),
});
export type ConnectionDetail = z.infer<typeof ConnectionDetail>;

export const PrincipalRow = Principal.extend({
  riskScore: z.number().min(0).max(100),
  /** Connections that hold this principal's credentials. */
  credentialsIn: z.number().int().nonnegative(),
});
export type PrincipalRow = z.infer<typeof PrincipalRow>;

export const PRINCIPAL_SORTS = ['name', 'riskScore', 'credentialsIn'] as const;
export const PrincipalsQuery = ListQuery.extend({
  kind: csvOf(PrincipalKind).optional(),
  status: z.enum(['active', 'departed']).optional(),
  sort: sortOf(PRINCIPAL_SORTS),
});

export const PrincipalDetail = z.object({
  principal: PrincipalRow,
  score: RiskScore,
  credentialsIn: z.array(ConnectionRow),
  whoCanActAs: WhoCanActAs,
  reach: Reach,
  memberOf: z.array(z.object({ id: z.string(), name: z.string() })),
  members: z.array(z.object({ id: z.string(), name: z.string(), kind: PrincipalKind })),
  findings: z.array(Finding),
});
export type PrincipalDetail = z.infer<typeof PrincipalDetail>;

export const AppRow = App.extend({
  ownerName: z.string(),
  sharedWith: z.number().int().nonnegative(),
});
export type AppRow = z.infer<typeof AppRow>;
export const AppsQuery = ListQuery.extend({
  platform: csvOf(Platform).optional(),
  sort: sortOf(['name', 'sharedWith'] as const),
});

export const AppDetail = z.object({
  app: AppRow,
  connections: z.array(ConnectionRow),
  shares: z.array(Share.extend({ principalName: z.string(), principalKind: PrincipalKind })),
  findings: z.array(Finding),
});
export type AppDetail = z.infer<typeof AppDetail>;

export const SharesQuery = ListQuery.extend({
  resourceId: z.string().max(200).optional(),
  principalId: z.string().max(200).optional(),
});
export const TargetsQuery = ListQuery.extend({ sort: sortOf(['name', 'sensitivity'] as const) });

export const PlatformSummary = z.object({
  platform: Platform,
  connections: z.number().int().nonnegative(),
  apps: z.number().int().nonnegative(),
  openFindings: z.number().int().nonnegative(),
});
