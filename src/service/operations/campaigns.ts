import type { Operations } from './operations';
import { getCampaign, listCampaigns } from '../campaigns';

export const campaignOperations = {
  listCampaigns: (_input, state) => ({ items: listCampaigns(state) }),
  getCampaign: ({ params }, state) => getCampaign(state, params.id),
} satisfies Partial<Operations>;
