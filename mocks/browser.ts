import { setupWorker } from 'msw/browser';
import { generateInventory } from '../src/domain';
import { createMockState, DEMO_USER } from './state';
import { createHandlers } from './handlers';
import { persistSavedViews, restoreSavedViews } from './savedViewStorage';
import { persistSlaPolicy, restoreSlaPolicy } from './slaPolicyStorage';
import { persistCampaigns, restoreCampaigns } from './campaignStorage';

/** Starts the mock governance API in the browser, seeded from the demo generator and signed in as the demo admin. */
export async function startMockApi() {
  const state = createMockState(generateInventory('demo'));
  restoreSavedViews(state, localStorage);
  restoreSlaPolicy(state, localStorage);
  restoreCampaigns(state, localStorage);
  const afterWrite = (name: string) => {
    if (name === 'createSavedView' || name === 'deleteSavedView') persistSavedViews(state, localStorage);
    if (name === 'updateSlaPolicy') persistSlaPolicy(state, localStorage);
    if (name === 'createCampaign' || name === 'updateCampaign' || name === 'deleteCampaign') persistCampaigns(state, localStorage);
  };
  const worker = setupWorker(...createHandlers(state, { user: DEMO_USER }, { afterWrite }));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  return state;
}
