import {
  MAX_CAMPAIGN_FINDINGS, type Campaign, type CampaignFilter, type CampaignPatch, type CampaignProgress, type NewCampaign,
} from '../contract/campaigns';
import { FindingsFilter } from '../contract/findings';
import type { User } from '../contract/me';
import { isOpen, isOverdue } from '../domain/triage/sla';
import { findingsMatching } from './findings/matchesFilter';
import { conflict, notFound, ProblemError, unauthorized } from './problems';
import type { ServiceState } from './state';

/**
 * A campaign as stored. Its findings are FROZEN at creation: the ids matching the filter then are kept, and
 * progress is computed over exactly those. A dynamic filter would lose its own work: a campaign on "open
 * personal SQL credentials" would shrink as findings get resolved (they stop matching `state=open`) and never
 * show progress, and new findings would move the goal. New matches after the start belong in a new campaign.
 */
export interface StoredCampaign {
  id: string;
  name: string;
  description?: string;
  filter: CampaignFilter;
  findingIds: string[];
  ownerId: string;
  targetDate: string;
  createdAt: string;
  createdBy: string;
  version: number;
}

/** 422 naming the one field at fault: the request was well-formed, but the data says no. */
const unprocessable = (title: string, field: string, message: string) =>
  new ProblemError({ type: 'about:blank', title, status: 422, detail: message, errors: [{ field, message }] });

/**
 * Progress from the current state of the frozen findings. "Resolved" is every closed state (resolved, risk
 * accepted, false positive): each is a decision that ends the work. A frozen id the inventory no longer holds
 * cannot happen (imports resolve findings, never drop them), so it is counted as closed rather than as work.
 */
export function campaignProgress(state: ServiceState, findingIds: readonly string[], now: Date): CampaignProgress {
  let open = 0;
  let overdue = 0;
  for (const id of findingIds) {
    const f = state.findings.get(id);
    if (!f || !isOpen(f)) continue;
    open++;
    if (isOverdue(f, now)) overdue++;
  }
  const total = findingIds.length;
  const resolved = total - open;
  // Rounded down, so "100%" is never shown while one finding is still open.
  return { total, resolved, open, overdue, percent: total === 0 ? 0 : Math.floor((100 * resolved) / total) };
}

/** The queue's URL parameters for exactly the campaign's frozen findings, in every state (closed ones included). */
export const queueParamsOf = (c: Pick<StoredCampaign, 'id'>): Record<string, string> => ({ campaignId: c.id, state: 'all' });

export function campaignView(state: ServiceState, c: StoredCampaign): Campaign {
  const { findingIds, ...rest } = c;
  return {
    ...rest,
    ownerName: state.users.get(c.ownerId)?.displayName ?? null,
    progress: campaignProgress(state, findingIds, state.now()),
    queueParams: queueParamsOf(c),
  };
}

export function listCampaigns(state: ServiceState): Campaign[] {
  return [...state.campaigns.values()]
    .sort((a, b) => a.targetDate.localeCompare(b.targetDate) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((c) => campaignView(state, c));
}

export function getCampaign(state: ServiceState, id: string): Campaign {
  const c = state.campaigns.get(id);
  if (!c) throw notFound('Campaign', id);
  return campaignView(state, c);
}

function checkName(state: ServiceState, name: string, exceptId?: string) {
  const taken = [...state.campaigns.values()].some((c) => c.id !== exceptId && c.name.toLowerCase() === name.toLowerCase());
  if (taken) {
    throw new ProblemError({
      type: 'about:blank', title: 'Campaign name taken', status: 409,
      detail: `A campaign named ${JSON.stringify(name)} already exists; choose another name`,
      errors: [{ field: 'body.name', message: 'Another campaign has this name' }],
    });
  }
}

function checkOwner(state: ServiceState, ownerId: string) {
  const owner = state.users.get(ownerId);
  if (!owner || owner.disabled) {
    throw unprocessable('Unknown owner', 'body.ownerId', `No active user has id ${JSON.stringify(ownerId)}; the owner must be a user who can sign in`);
  }
}

/** The ids matching the filter now, in a stable order; refuses an empty or oversized set. */
export function freezeFindings(state: ServiceState, filter: CampaignFilter): string[] {
  const ids = findingsMatching(state, FindingsFilter.parse(filter)).map((f) => f.id);
  if (ids.length === 0) throw unprocessable('Empty campaign', 'body.filter', 'No finding matches this filter; a campaign needs at least one');
  if (ids.length > MAX_CAMPAIGN_FINDINGS) {
    throw unprocessable('Campaign too large', 'body.filter', `This filter matches ${ids.length} findings; a campaign holds at most ${MAX_CAMPAIGN_FINDINGS}. Narrow the filter.`);
  }
  return ids.sort();
}

export function planCampaign(state: ServiceState, caller: User | null, body: NewCampaign): StoredCampaign {
  if (!caller) throw unauthorized();
  checkName(state, body.name);
  checkOwner(state, body.ownerId);
  const findingIds = freezeFindings(state, body.filter);
  return {
    id: `camp-${crypto.randomUUID()}`, name: body.name, ...(body.description ? { description: body.description } : {}),
    filter: body.filter, findingIds, ownerId: body.ownerId, targetDate: body.targetDate,
    createdAt: state.now().toISOString(), createdBy: caller.username, version: 1,
  };
}

export interface CampaignUpdatePlan {
  campaign: StoredCampaign;
  previousVersion: number;
}

export function planCampaignUpdate(state: ServiceState, id: string, patch: CampaignPatch): CampaignUpdatePlan {
  const current = state.campaigns.get(id);
  if (!current) throw notFound('Campaign', id);
  if (patch.version !== current.version) {
    throw conflict('Edit conflict', `The campaign is at version ${current.version}, the edit was made against ${patch.version}. Review the current values and apply your change again.`, campaignView(state, current));
  }
  if (patch.name !== undefined) checkName(state, patch.name, id);
  if (patch.ownerId !== undefined) checkOwner(state, patch.ownerId);
  const { description: _old, ...kept } = current;
  const description = patch.description === undefined ? current.description : patch.description;
  const campaign: StoredCampaign = {
    ...kept,
    ...(description ? { description } : {}),
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.ownerId !== undefined ? { ownerId: patch.ownerId } : {}),
    ...(patch.targetDate !== undefined ? { targetDate: patch.targetDate } : {}),
    version: current.version + 1,
  };
  return { campaign, previousVersion: current.version };
}

export function planCampaignDeletion(state: ServiceState, id: string): StoredCampaign {
  const c = state.campaigns.get(id);
  if (!c) throw notFound('Campaign', id);
  return c;
}
