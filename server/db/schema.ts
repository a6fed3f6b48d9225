import type { ColumnType } from 'kysely';

/** Row types of the database, as Kysely sees them. JSON documents are written as text and read back parsed. */
type Json<T = unknown> = ColumnType<T, string, string>;
/** A bigint column: node-postgres returns it as a string, PGlite as a number. */
export type Int8 = string | number | bigint;

export interface InventoryTable {
  import_id: string;
  imported_at: string;
  /** The imported inventory as it was validated, so the engine can recompute everything from it. */
  /** Legacy rows only (before migration 002); new rows keep `document_gz`. */
  document: string | null;
  /** The document as gzip-compressed JSON. */
  document_gz: Uint8Array | null;
  is_current: boolean;
}

export interface ImportTable {
  id: string;
  at: string;
  status: string;
  record: Json;
}

export interface FindingTable {
  id: string;
  /** The rule's detection (evidence, scores, subject) as of the last import that reproduced it. */
  detection: Json<Record<string, unknown>>;
  state: string;
  assignee_id: string | null;
  due_at: string | null;
  justification: string | null;
  accepted_until: string | null;
  reason: string | null;
  first_seen_at: string;
  updated_at: string;
  version: number;
  /** Stamped from a sequence on every insert (default) and update (nextChangeSeq); the driver may hand back a string. */
  change_seq: ColumnType<Int8, never, Int8>;
}

export interface FindingEventTable {
  seq: ColumnType<Int8, never, never>;
  id: string;
  finding_id: string;
  at: string;
  actor: string;
  action: string;
  before: Json<Record<string, unknown>>;
  after: Json<Record<string, unknown>>;
  comment: string | null;
}

export interface SnapshotTable {
  id: string;
  taken_at: string;
  import_id: string | null;
  snapshot: Json;
}

export interface UserTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  password_hash: string;
  disabled: boolean;
  created_at: string;
}

export interface SessionTable {
  token_hash: string;
  user_id: string;
  created_at: ColumnType<Date, Date, Date>;
  expires_at: ColumnType<Date, Date, Date>;
}

export interface SavedViewTable {
  id: string;
  user_id: string;
  name: string;
  /** The view's queue parameters, as the contract's SavedViewParams. */
  params: Json<Record<string, string>>;
  created_at: string;
}

export interface StateRevisionTable {
  kind: string;
  revision: ColumnType<Int8, never, Int8>;
}

export interface RateLimitTable {
  key: string;
  hits: number;
  reset_at: ColumnType<Date, Date, Date>;
}

export interface CampaignTable {
  id: string;
  name: string;
  description: string | null;
  /** The campaign's filter in the queue's URL spelling, as the contract's CampaignFilter. */
  filter: Json<Record<string, string>>;
  /** The finding ids frozen at creation. */
  finding_ids: Json<string[]>;
  owner_id: string;
  target_date: string;
  created_at: string;
  created_by: string;
  version: number;
}

/** One change of the SLA policy (append-only); the highest version is the policy in force. */
export interface SlaPolicyChangeTable {
  version: number;
  at: string;
  by: string;
  /** Days per severity, as src/domain/triage/sla.ts's SlaPolicy. */
  before: Json<Record<string, number>>;
  after: Json<Record<string, number>>;
}

export interface Database {
  inventory: InventoryTable;
  imports: ImportTable;
  findings: FindingTable;
  finding_events: FindingEventTable;
  snapshots: SnapshotTable;
  users: UserTable;
  sessions: SessionTable;
  saved_views: SavedViewTable;
  state_revisions: StateRevisionTable;
  rate_limits: RateLimitTable;
  sla_policy_changes: SlaPolicyChangeTable;
  campaigns: CampaignTable;
}
