import { z } from './zod';
import { Privilege } from './inventory';

export const NodeKind = z.enum([
  'person', 'group', 'service_account', 'app_registration', 'connection', 'app', 'target', 'aggregate',
]);
export type NodeKind = z.infer<typeof NodeKind>;

export const EdgeKind = z.enum(['authenticates_as', 'shared_with', 'uses', 'member_of', 'reaches', 'owns']);
export type EdgeKind = z.infer<typeof EdgeKind>;

export const GraphNode = z.object({
  /** Node ids are the inventory ids; aggregates get `agg:` ids. */
  id: z.string(),
  kind: NodeKind,
  label: z.string(),
  /** 0–100, from the risk score of the connection or principal. */
  risk: z.number().min(0).max(100),
  platform: z.string().optional(),
  environment: z.string().optional(),
  /** Aggregates only: how many nodes are folded in, and by what. */
  count: z.number().int().positive().optional(),
  foldedBy: z.string().optional(),
});
export type GraphNode = z.infer<typeof GraphNode>;

export const GraphEdge = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  kind: EdgeKind,
  /** shared_with only: explicit grant, or implied because an app using the connection was shared. */
  implicit: z.boolean().default(false),
  role: z.string().optional(),
  privilege: Privilege.optional(),
});
export type GraphEdge = z.infer<typeof GraphEdge>;

export const GraphView = z.object({
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
  /** Sets folded into aggregate nodes so the answer stays within budget. */
  folded: z.array(z.object({ aggregateId: z.string(), label: z.string(), count: z.number().int() })),
  budget: z.number().int().positive(),
  /** True when nodes were left out entirely even after folding. */
  truncated: z.boolean(),
});
export type GraphView = z.infer<typeof GraphView>;

/** A chain of edges from a principal, the justification of an answer. */
export const GraphPath = z.object({
  nodes: z.array(z.object({ id: z.string(), kind: NodeKind, label: z.string() })),
  edges: z.array(GraphEdge),
});
export type GraphPath = z.infer<typeof GraphPath>;

export const Via = z.enum(['owner', 'direct_share', 'group', 'implicit_app_share']);

export const ActorAnswer = z.object({
  principalId: z.string(),
  name: z.string(),
  kind: NodeKind,
  via: Via,
  path: GraphPath,
});
export type ActorAnswer = z.infer<typeof ActorAnswer>;

export const WhoCanActAs = z.object({
  subjectId: z.string(),
  actors: z.array(ActorAnswer),
  total: z.number().int().nonnegative(),
});
export type WhoCanActAs = z.infer<typeof WhoCanActAs>;

export const ReachItem = z.object({
  targetId: z.string(),
  targetName: z.string(),
  privilege: Privilege,
  asPrincipalId: z.string(),
  connectionId: z.string(),
  path: GraphPath,
});
export const Reach = z.object({
  principalId: z.string(),
  items: z.array(ReachItem),
  total: z.number().int().nonnegative(),
});
export type Reach = z.infer<typeof Reach>;

export const BlastRadius = z.object({
  connectionId: z.string(),
  actors: z.array(ActorAnswer),
  totalActors: z.number().int().nonnegative(),
  targets: z.array(z.object({ targetId: z.string(), name: z.string(), privilege: Privilege, sensitivity: z.string() })),
});
export type BlastRadius = z.infer<typeof BlastRadius>;

export const PathAnswer = z.object({
  from: z.string(),
  to: z.string(),
  /** null when no chain of grants links them. */
  path: GraphPath.nullable(),
});
export type PathAnswer = z.infer<typeof PathAnswer>;

export const WhatIfChange = z.discriminatedUnion('type', [
  z.object({ type: z.literal('remove_share'), shareId: z.string() }),
  z.object({ type: z.literal('unshare_app'), appId: z.string() }),
  z.object({ type: z.literal('replace_identity'), connectionId: z.string(), servicePrincipalName: z.string().max(200).optional() }),
  z.object({ type: z.literal('drop_privilege'), connectionId: z.string(), privilege: Privilege }),
]);
export type WhatIfChange = z.infer<typeof WhatIfChange>;

export const WhatIfResult = z.object({
  changes: z.array(WhatIfChange),
  /** The connections whose exposure the changes touch. */
  connectionIds: z.array(z.string()),
  actorsBefore: z.number().int().nonnegative(),
  actorsAfter: z.number().int().nonnegative(),
  /** Principals who could act before and no longer can. */
  removedActors: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Principals who still can, after the changes. */
  remainingActors: z.array(z.object({ id: z.string(), name: z.string() })),
  closedFindings: z.array(z.object({ key: z.string(), ruleId: z.string(), subjectName: z.string() })),
  newFindings: z.array(z.object({ key: z.string(), ruleId: z.string(), subjectName: z.string() })),
});
export type WhatIfResult = z.infer<typeof WhatIfResult>;
