import { z } from './zod';
import { endpoint, idParam } from './endpoint';
import { pageOf, ListQuery } from './pagination';
import { User } from './me';
import { LoginRequest, NewUser, SignedOut, UserAccount, UserPatch } from './auth';
import { Rule, Policy } from './rules';
import { BulkFindingsRequest, BulkFindingsResult, FindingDetail, FindingPatch, FindingsPage, FindingsQuery } from './findings';
import { NewSavedView, SavedView, SavedViewDeleted } from './savedViews';
import { Campaign, CampaignDeleted, CampaignPatch, NewCampaign } from './campaigns';
import { SlaPolicy, SlaPolicyUpdate } from './slaPolicy';
import { FindingMetrics, FindingMetricsQuery } from './findingMetrics';
import { RemediationBoard } from './remediationBoard';
import {
  AppDetail, AppRow, AppsQuery, ConnectionDetail, FacetCounts, ConnectionRow, ConnectionsQuery, PlatformSummary,
  PrincipalDetail, PrincipalRow, PrincipalsQuery, SharesQuery, TargetsQuery,
} from './entities';
import { Share, TargetSystem, Environment, Platform } from './inventory';
import { Snapshot } from './snapshots';
import { ImportRecord, ImportRequest } from './imports';
import {
  BlastRadius, GraphNode, GraphView, NodeKind, PathAnswer, Reach, WhatIfChange, WhatIfResult, WhoCanActAs,
} from './graph';
import { csvOf } from './pagination';

const budget = z.coerce.number().int().min(10).max(5000).default(1000);

/**
 * The governance API, `/api/v1`. Each entry is one operation; keys are the names the typed client calls.
 * Adding an operation here makes it appear in the OpenAPI document, the client and the contract tests.
 */
export const endpoints = {
  health: endpoint({
    method: 'GET', path: '/health', summary: 'Liveness', tag: 'meta', minRole: null,
    response: z.object({ status: z.literal('ok'), version: z.string() }),
  }),
  login: endpoint({
    method: 'POST', path: '/auth/login', summary: 'Sign in; sets the session and CSRF cookies', tag: 'auth',
    minRole: null, body: LoginRequest, response: User,
  }),
  logout: endpoint({
    method: 'POST', path: '/auth/logout', summary: 'Sign out; ends the session', tag: 'auth', minRole: 'viewer',
    body: z.object({}), response: SignedOut,
  }),
  listUsers: endpoint({
    method: 'GET', path: '/users', summary: 'Users and their roles', tag: 'auth', minRole: 'admin',
    response: z.object({ items: z.array(UserAccount) }),
  }),
  createUser: endpoint({
    method: 'POST', path: '/users', summary: 'Create a user', tag: 'auth', minRole: 'admin', body: NewUser,
    response: UserAccount,
  }),
  updateUser: endpoint({
    method: 'PATCH', path: '/users/:id', summary: 'Change a user: name, role, password, disabled', tag: 'auth',
    minRole: 'admin', params: idParam, body: UserPatch, response: UserAccount,
  }),
  me: endpoint({ method: 'GET', path: '/me', summary: 'The signed-in user and role', tag: 'meta', minRole: 'viewer', response: User }),
  rules: endpoint({
    method: 'GET', path: '/rules', summary: 'Rule catalog with OWASP mapping and remediation', tag: 'rules',
    minRole: 'viewer', response: z.object({ rules: z.array(Rule), policy: Policy }),
  }),
  platforms: endpoint({
    method: 'GET', path: '/platforms', summary: 'Platforms with counts', tag: 'inventory', minRole: 'viewer',
    response: z.object({ items: z.array(PlatformSummary) }),
  }),
  listConnections: endpoint({
    method: 'GET', path: '/connections', summary: 'Connections, filtered and sorted on the server', tag: 'inventory',
    minRole: 'viewer', query: ConnectionsQuery, response: pageOf(ConnectionRow).extend({ facets: FacetCounts }),
  }),
  getConnection: endpoint({
    method: 'GET', path: '/connections/:id', summary: 'A connection with findings, blast radius and activity',
    tag: 'inventory', minRole: 'viewer', params: idParam, response: ConnectionDetail,
  }),
  listPrincipals: endpoint({
    method: 'GET', path: '/principals', summary: 'People, groups and non-human identities', tag: 'inventory',
    minRole: 'viewer', query: PrincipalsQuery, response: pageOf(PrincipalRow),
  }),
  getPrincipal: endpoint({
    method: 'GET', path: '/principals/:id', summary: 'A principal: credentials held, who can act as it, reach',
    tag: 'inventory', minRole: 'viewer', params: idParam, response: PrincipalDetail,
  }),
  listApps: endpoint({
    method: 'GET', path: '/apps', summary: 'Apps, flows, bots and scripts', tag: 'inventory', minRole: 'viewer',
    query: AppsQuery, response: pageOf(AppRow),
  }),
  getApp: endpoint({
    method: 'GET', path: '/apps/:id', summary: 'An app, its connections and sharing', tag: 'inventory',
    minRole: 'viewer', params: idParam, response: AppDetail,
  }),
  listShares: endpoint({
    method: 'GET', path: '/shares', summary: 'Explicit grants', tag: 'inventory', minRole: 'viewer',
    query: SharesQuery, response: pageOf(Share),
  }),
  listTargets: endpoint({
    method: 'GET', path: '/targets', summary: 'Target systems', tag: 'inventory', minRole: 'viewer',
    query: TargetsQuery, response: pageOf(TargetSystem),
  }),
  listFindings: endpoint({
    method: 'GET', path: '/findings', summary: 'Findings queue, riskiest first', tag: 'findings', minRole: 'viewer',
    query: FindingsQuery, response: FindingsPage,
  }),
  getFinding: endpoint({
    method: 'GET', path: '/findings/:id', summary: 'A finding with its history', tag: 'findings', minRole: 'viewer',
    params: idParam, response: FindingDetail,
  }),
  updateFinding: endpoint({
    method: 'PATCH', path: '/findings/:id', summary: 'Triage a finding (409 on a stale version)', tag: 'findings',
    minRole: 'analyst', params: idParam, body: FindingPatch, response: FindingDetail, versioned: true,
  }),
  bulkUpdateFindings: endpoint({
    method: 'POST', path: '/findings/bulk', summary: 'Triage many findings at once (by ids or by filter), all or nothing',
    tag: 'findings', minRole: 'analyst', body: BulkFindingsRequest, response: BulkFindingsResult,
  }),
  listSavedViews: endpoint({
    method: 'GET', path: '/saved-views', summary: "The signed-in user's saved queue views, by name", tag: 'findings',
    minRole: 'viewer', response: z.object({ items: z.array(SavedView) }),
  }),
  createSavedView: endpoint({
    method: 'POST', path: '/saved-views', summary: 'Save the queue filter and grouping under a name (409 if the name is taken)',
    tag: 'findings', minRole: 'viewer', body: NewSavedView, response: SavedView,
  }),
  deleteSavedView: endpoint({
    method: 'DELETE', path: '/saved-views/:id', summary: 'Delete one of your saved views', tag: 'findings',
    minRole: 'viewer', params: idParam, body: z.object({}), response: SavedViewDeleted,
  }),
  getSlaPolicy: endpoint({
    method: 'GET', path: '/policy/sla', summary: 'Days to remediate per severity (the SLA policy in force)', tag: 'findings',
    minRole: 'viewer', response: SlaPolicy,
  }),
  updateSlaPolicy: endpoint({
    method: 'PUT', path: '/policy/sla', summary: 'Change the SLA policy; recomputes policy-set due dates of active findings (409 on a stale version, 422 on invalid days)',
    tag: 'findings', minRole: 'coe_lead', body: SlaPolicyUpdate, response: SlaPolicy, versioned: true,
  }),
  listCampaigns: endpoint({
    method: 'GET', path: '/campaigns', summary: 'Remediation campaigns with their progress, soonest target first', tag: 'remediation',
    minRole: 'viewer', response: z.object({ items: z.array(Campaign) }),
  }),
  getCampaign: endpoint({
    method: 'GET', path: '/campaigns/:id', summary: 'A campaign, its progress and the queue parameters that show its findings',
    tag: 'remediation', minRole: 'viewer', params: idParam, response: Campaign,
  }),
  createCampaign: endpoint({
    method: 'POST', path: '/campaigns', summary: 'Start a campaign over the findings matching a filter now (422 if none or too many)',
    tag: 'remediation', minRole: 'coe_lead', body: NewCampaign, response: Campaign,
  }),
  updateCampaign: endpoint({
    method: 'PATCH', path: '/campaigns/:id', summary: "Change a campaign's name, description, owner or target date (409 on a stale version)",
    tag: 'remediation', minRole: 'coe_lead', params: idParam, body: CampaignPatch, response: Campaign, versioned: true,
  }),
  deleteCampaign: endpoint({
    method: 'DELETE', path: '/campaigns/:id', summary: 'Close a campaign (its findings are untouched)', tag: 'remediation',
    minRole: 'coe_lead', params: idParam, body: z.object({}), response: CampaignDeleted,
  }),
  listSnapshots: endpoint({
    method: 'GET', path: '/snapshots', summary: 'Posture history, oldest first', tag: 'posture', minRole: 'viewer',
    response: z.object({ items: z.array(Snapshot) }),
  }),
  getFindingMetrics: endpoint({
    method: 'GET', path: '/posture/finding-metrics', summary: 'SLA compliance and mean time to remediate over the findings matching a filter, now',
    tag: 'posture', minRole: 'viewer', query: FindingMetricsQuery, response: FindingMetrics,
  }),
  getRemediationBoard: endpoint({
    method: 'GET', path: '/remediation/board', summary: 'Open, overdue and SLA figures, progress per platform and per maker, and the longest overdue findings, now',
    tag: 'posture', minRole: 'viewer', response: RemediationBoard,
  }),
  listImports: endpoint({
    method: 'GET', path: '/imports', summary: 'Import history', tag: 'imports', minRole: 'viewer',
    query: ListQuery, response: pageOf(ImportRecord),
  }),
  createImport: endpoint({
    method: 'POST', path: '/imports', summary: 'Import an inventory, all-or-nothing', tag: 'imports',
    minRole: 'admin', body: ImportRequest, response: ImportRecord,
  }),
  graphOverview: endpoint({
    method: 'GET', path: '/graph/overview', summary: 'A bounded view of the riskiest part of the graph', tag: 'graph',
    minRole: 'viewer',
    query: z.object({
      budget,
      kinds: csvOf(NodeKind).optional(),
      platform: Platform.optional(),
      environment: Environment.optional(),
      minRisk: z.coerce.number().min(0).max(100).optional(),
    }),
    response: GraphView,
  }),
  graphNeighbourhood: endpoint({
    method: 'GET', path: '/graph/nodes/:id/neighbourhood', summary: 'Bounded neighbourhood of a node', tag: 'graph',
    minRole: 'viewer', params: idParam,
    query: z.object({ depth: z.coerce.number().int().min(1).max(4).default(2), budget }),
    response: GraphView,
  }),
  graphSearch: endpoint({
    method: 'GET', path: '/graph/search', summary: 'Find nodes by name', tag: 'graph', minRole: 'viewer',
    query: z.object({ q: z.string().min(1).max(200), limit: z.coerce.number().int().min(1).max(50).default(20) }),
    response: z.object({ items: z.array(GraphNode) }),
  }),
  whoCanActAs: endpoint({
    method: 'GET', path: '/graph/principals/:id/actors', summary: 'Who can act as this principal, with paths',
    tag: 'graph', minRole: 'viewer', params: idParam, response: WhoCanActAs,
  }),
  reach: endpoint({
    method: 'GET', path: '/graph/principals/:id/reach', summary: 'What this principal can reach', tag: 'graph',
    minRole: 'viewer', params: idParam, response: Reach,
  }),
  blastRadius: endpoint({
    method: 'GET', path: '/graph/connections/:id/blast-radius', summary: 'Who can act through a connection, and what they reach',
    tag: 'graph', minRole: 'viewer', params: idParam, response: BlastRadius,
  }),
  shortestPath: endpoint({
    method: 'GET', path: '/graph/path', summary: 'Shortest grant path between two nodes', tag: 'graph',
    minRole: 'viewer', query: z.object({ from: z.string().min(1).max(200), to: z.string().min(1).max(200) }),
    response: PathAnswer,
  }),
  whatIf: endpoint({
    method: 'POST', path: '/what-if', summary: 'Simulate a remediation before making it', tag: 'graph',
    minRole: 'analyst', body: z.object({ changes: z.array(WhatIfChange).min(1).max(100) }), response: WhatIfResult,
  }),
} as const;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;
export { API_PREFIX } from './apiPrefix';
