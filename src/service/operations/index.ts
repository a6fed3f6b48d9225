import type { Operation, Operations } from './operations';
import { inventoryOperations } from './inventory';
import { findingOperations } from './findings';
import { graphOperations } from './graph';
import { metaOperations } from './meta';
import { savedViewOperations } from './savedViews';
import { slaPolicyOperations } from './slaPolicy';
import { campaignOperations } from './campaigns';
import { applyFindingUpdate, applyImport, findingDetail, importResult, planFindingUpdate, planImport } from '../writes';
import { planNewUser, planUserUpdate } from '../users';
import { applyBulkUpdate, planBulkUpdate } from '../findings/bulkUpdate';
import { unauthorized } from '../problems';
import { planSavedView, planSavedViewDeletion, savedViewResult } from '../savedViews';
import { applySlaPolicyUpdate, planSlaPolicyUpdate } from '../slaPolicy';
import { campaignView, planCampaign, planCampaignDeletion, planCampaignUpdate } from '../campaigns';

/** Operations that change state: each implementation persists them its own way around the shared plan. */
export type WriteName =
  | 'updateFinding' | 'bulkUpdateFindings' | 'createImport' | 'login' | 'logout' | 'createUser' | 'updateUser'
  | 'createSavedView' | 'deleteSavedView' | 'updateSlaPolicy' | 'createCampaign' | 'updateCampaign' | 'deleteCampaign';
export type ReadOperations = Omit<Operations, WriteName>;

/** Every read, served from the in-memory state by the mock and the server alike. */
export const readOperations: ReadOperations = {
  ...metaOperations,
  ...inventoryOperations,
  ...findingOperations,
  ...graphOperations,
  ...savedViewOperations,
  ...slaPolicyOperations,
  ...campaignOperations,
};

const actor = (caller: Parameters<Operation<'updateFinding'>>[2]) => {
  if (!caller) throw unauthorized();
  return caller.username;
};

/** Writes that only change memory (the mock): plan, then apply at once. Sign-in is the implementation's own. */
export const memoryWrites: Pick<Operations, Exclude<WriteName, 'login' | 'logout'>> = {
  updateFinding: ({ params, body }, state, caller) => {
    applyFindingUpdate(state, planFindingUpdate(state, params.id, body, actor(caller)));
    return findingDetail(state, params.id);
  },
  bulkUpdateFindings: ({ body }, state, caller) => {
    const plan = planBulkUpdate(state, body, actor(caller));
    applyBulkUpdate(state, plan);
    return plan.result;
  },
  createImport: ({ body }, state, caller) => {
    const plan = planImport(state, body, actor(caller));
    applyImport(state, plan);
    return importResult(plan);
  },
  createUser: ({ body }, state) => {
    const user = planNewUser(state, body);
    state.users.set(user.id, user);
    return user;
  },
  updateUser: ({ params, body }, state) => {
    const user = planUserUpdate(state, params.id, body);
    state.users.set(user.id, user);
    return user;
  },
  createSavedView: ({ body }, state, caller) => {
    const view = planSavedView(state, caller, body);
    state.savedViews.set(view.id, view);
    return savedViewResult(view);
  },
  updateSlaPolicy: ({ body }, state, caller) => {
    const plan = planSlaPolicyUpdate(state, body, actor(caller));
    applySlaPolicyUpdate(state, plan);
    return plan.policy;
  },
  deleteSavedView: ({ params }, state, caller) => {
    const view = planSavedViewDeletion(state, caller, params.id);
    state.savedViews.delete(view.id);
    return { status: 'deleted' as const, id: view.id };
  },
  createCampaign: ({ body }, state, caller) => {
    const campaign = planCampaign(state, caller, body);
    state.campaigns.set(campaign.id, campaign);
    return campaignView(state, campaign);
  },
  updateCampaign: ({ params, body }, state) => {
    const { campaign } = planCampaignUpdate(state, params.id, body);
    state.campaigns.set(campaign.id, campaign);
    return campaignView(state, campaign);
  },
  deleteCampaign: ({ params }, state) => {
    const campaign = planCampaignDeletion(state, params.id);
    state.campaigns.delete(campaign.id);
    return { status: 'deleted' as const, id: campaign.id };
  },
};

export type { Operation, Operations, OperationInput, Caller } from './operations';
