import type { FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/cookie';
import type { z } from 'zod';
import type { EndpointName, Endpoints } from '../../src/contract/endpoints';
import type { OperationInput, Caller } from '../../src/service/operations';
import type { WriteName } from '../../src/service/operations';
import { ProblemError, unauthorized, conflict } from '../../src/service/problems';
import { applyFindingUpdate, applyImport, findingDetail, importResult, planFindingUpdate } from '../../src/service/writes';
import { planServerImport } from '../importPlan';
import { planNewUser, planUserUpdate } from '../../src/service/users';
import { saveBulkUpdate, saveFindingUpdate, saveImport, StaleVersionError } from '../db/repository';
import { applyBulkUpdate, planBulkUpdate } from '../../src/service/findings/bulkUpdate';
import { insertUser, saveUser } from '../auth/accounts';
import { deleteSavedView, insertSavedView } from '../db/savedViews';
import { saveSlaPolicyUpdate } from '../db/slaPolicy';
import { applySlaPolicyUpdate, planSlaPolicyUpdate } from '../../src/service/slaPolicy';
import { planSavedView, planSavedViewDeletion, savedViewResult } from '../../src/service/savedViews';
import { deleteCampaign, insertCampaign, updateCampaign } from '../db/campaigns';
import { campaignView, planCampaign, planCampaignDeletion, planCampaignUpdate } from '../../src/service/campaigns';
import { createSession, endSession, SESSION_COOKIE } from '../auth/sessions';
import { DUMMY_HASH, verifyPassword } from '../auth/passwords';
import { cookieBase, rotateCsrf } from './security';
import type { Store } from '../store';
import { compactHeap } from '../compactHeap';

function compactQuietly() {
  try {
    compactHeap();
  } catch {
    // Only memory is at stake: V8's own collections go on.
  }
}

export interface RequestContext {
  req: FastifyRequest;
  reply: FastifyReply;
  secure: boolean;
  importMaxBytes: number;
}

type ServerWrite<N extends EndpointName> =
  (input: OperationInput<N>, store: Store, caller: Caller, ctx: RequestContext) => Promise<z.input<Endpoints[N]['response']>>;

const actor = (caller: Caller) => {
  if (!caller) throw unauthorized();
  return caller.username;
};

const badLogin = () => new ProblemError({ type: 'about:blank', title: 'Sign-in failed', status: 401, detail: 'Unknown user or wrong password' });

/**
 * The server's writes: the same plan as the mock (src/service), committed to the database in one transaction,
 * and only then applied to memory. Each runs inside `store.write`, one at a time.
 */
export const serverWrites: { [N in WriteName]: ServerWrite<N> } = {
  updateFinding: ({ params, body }, store, caller) => store.write(async () => {
    const plan = planFindingUpdate(store.state, params.id, body, actor(caller));
    try {
      await saveFindingUpdate(store.db, plan);
    } catch (err) {
      if (err instanceof StaleVersionError) throw conflict('Edit conflict', 'The finding changed while this edit was saved. Reload it and apply your change again.');
      throw err;
    }
    applyFindingUpdate(store.state, plan);
    return findingDetail(store.state, params.id);
  }),

  bulkUpdateFindings: ({ body }, store, caller) => store.write(async () => {
    const plan = planBulkUpdate(store.state, body, actor(caller));
    try {
      await saveBulkUpdate(store.db, plan);
    } catch (err) {
      if (err instanceof StaleVersionError) throw conflict('Edit conflict', 'A finding changed while this bulk edit was saved; nothing was changed. Apply it again.');
      throw err;
    }
    applyBulkUpdate(store.state, plan);
    return plan.result;
  }),

  createImport: ({ body }, store, caller, { importMaxBytes }) => store.write(async () => {
    const { plan, document } = await planServerImport(store.state, body, actor(caller), { maxBytes: importMaxBytes });
    await saveImport(store.db, plan, store.state.findings, document);
    applyImport(store.state, plan);
    // The replaced inventory's garbage leaves the old generation fragmented, as loading does at start-up (see
    // compactHeap): a live import of `l` held 1,412 MiB of RSS after two full collections, 1,028 MiB after compacting
    // (1.5 s, all requests paused). Done once the answer is on its way; if it fails, the memory only stays in use.
    if (plan.ok) setImmediate(compactQuietly);
    return importResult(plan);
  }),

  createUser: ({ body }, store) => store.write(async () => {
    planNewUser(store.state, body);
    const account = await insertUser(store.db, body, store.state.now());
    store.state.users.set(account.id, account);
    return account;
  }),

  updateUser: ({ params, body }, store) => store.write(async () => {
    const account = planUserUpdate(store.state, params.id, body);
    await saveUser(store.db, account, body.password);
    store.state.users.set(account.id, account);
    return account;
  }),

  createSavedView: ({ body }, store, caller) => store.write(async () => {
    const view = planSavedView(store.state, caller, body);
    await insertSavedView(store.db, view);
    store.state.savedViews.set(view.id, view);
    return savedViewResult(view);
  }),

  updateSlaPolicy: ({ body }, store, caller) => store.write(async () => {
    const plan = planSlaPolicyUpdate(store.state, body, actor(caller));
    try {
      await saveSlaPolicyUpdate(store.db, plan);
    } catch (err) {
      if (err instanceof StaleVersionError) throw conflict('Edit conflict', 'Findings changed while the SLA policy was saved; nothing was changed. Apply it again.');
      throw err;
    }
    applySlaPolicyUpdate(store.state, plan);
    return plan.policy;
  }),

  deleteSavedView: ({ params }, store, caller) => store.write(async () => {
    const view = planSavedViewDeletion(store.state, caller, params.id);
    await deleteSavedView(store.db, view);
    store.state.savedViews.delete(view.id);
    return { status: 'deleted' as const, id: view.id };
  }),

  createCampaign: ({ body }, store, caller) => store.write(async () => {
    const campaign = planCampaign(store.state, caller, body);
    await insertCampaign(store.db, campaign);
    store.state.campaigns.set(campaign.id, campaign);
    return campaignView(store.state, campaign);
  }),

  updateCampaign: ({ params, body }, store) => store.write(async () => {
    const plan = planCampaignUpdate(store.state, params.id, body);
    try {
      await updateCampaign(store.db, plan);
    } catch (err) {
      if (err instanceof StaleVersionError) throw conflict('Edit conflict', 'The campaign changed while this edit was saved. Reload it and apply your change again.');
      throw err;
    }
    store.state.campaigns.set(plan.campaign.id, plan.campaign);
    return campaignView(store.state, plan.campaign);
  }),

  deleteCampaign: ({ params }, store) => store.write(async () => {
    const campaign = planCampaignDeletion(store.state, params.id);
    await deleteCampaign(store.db, campaign);
    store.state.campaigns.delete(campaign.id);
    return { status: 'deleted' as const, id: campaign.id };
  }),

  login: async ({ body }, store, _caller, { reply, secure }) => {
    const row = await store.db.selectFrom('users').selectAll().where('username', '=', body.username).executeTakeFirst();
    // The hash is checked even for an unknown user, so the answer time does not reveal which names exist.
    const valid = await verifyPassword(body.password, row?.password_hash ?? DUMMY_HASH);
    if (!row || !valid || row.disabled) throw badLogin();
    const session = await createSession(store.db, row.id);
    reply.setCookie(SESSION_COOKIE, session.token, { ...cookieBase(secure), httpOnly: true, expires: session.expiresAt });
    rotateCsrf(reply, secure);
    return { id: row.id, username: row.username, displayName: row.display_name, role: row.role as 'viewer' };
  },

  logout: async (_input, store, _caller, { req, reply, secure }) => {
    await endSession(store.db, req.cookies[SESSION_COOKIE]);
    reply.clearCookie(SESSION_COOKIE, { ...cookieBase(secure), httpOnly: true });
    return { status: 'signed_out' as const };
  },
};
