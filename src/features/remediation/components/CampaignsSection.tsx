import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { QueryState } from '../../../components/QueryState';
import { useCan, useMe } from '../../../lib/queries/useMe';
import { useRules } from '../../../lib/queries/useRules';
import { CAMPAIGN_FILTER_KEYS } from '../../../contract/campaigns';
import { useCampaigns, useCloseCampaign } from '../api/useCampaigns';
import { CampaignList } from './CampaignList';
import { NewCampaignForm } from './NewCampaignForm';
import { draftFilterFrom } from './campaignDraft';

/**
 * Campaigns on the remediation board: each with its progress, and for CoE leads a form to start one from the
 * findings filter in the URL ("start a campaign from this filter" in the queue links here with its filter).
 */
export function CampaignsSection({ now }: { now: Date }) {
  const campaigns = useCampaigns();
  const canPlan = useCan('coe_lead');
  const me = useMe();
  const rules = useRules();
  const close = useCloseCampaign();
  const [search] = useSearchParams();
  const [done, setDone] = useState('');
  // Arriving with a queue filter means "start a campaign from it": the form opens with that filter.
  const fromQueue = CAMPAIGN_FILTER_KEYS.some((k) => search.has(k)) || search.has('state');

  return (
    <section aria-labelledby="campaigns">
      <h2 id="campaigns">Campaigns</h2>
      <QueryState query={campaigns} label="campaigns">
        {({ items }) => (
          <CampaignList campaigns={items} canClose={canPlan} closing={close.isPending} onClose={(c) => {
            if (window.confirm(`Close campaign ${c.name}? Its findings stay as they are.`)) close.mutate(c.id, { onSuccess: () => setDone(`Closed campaign ${c.name}`) });
          }} />
        )}
      </QueryState>
      {close.error && <p role="alert" className="error-text">{close.error.message}</p>}
      <p role="status" className="muted">{done}</p>
      {canPlan && me.data && (
        <details className="no-print" open={fromQueue}>
          <summary>New campaign</summary>
          <NewCampaignForm
            initialFilter={draftFilterFrom(search)} ownerId={me.data.id} now={now}
            rules={[...(rules.data?.values() ?? [])]} onCreated={(name) => setDone(`Started campaign ${name}`)}
          />
        </details>
      )}
    </section>
  );
}
