import { useState, type FormEvent } from 'react';
import { Field } from '../../../components/Field';
import { MAX_CAMPAIGN_FINDINGS, type CampaignFilter } from '../../../contract/campaigns';
import { ApiError } from '../../../lib/apiClient';
import { useCampaignPreview, useCreateCampaign } from '../api/useCampaigns';
import { CampaignFilterFields } from './CampaignFilterFields';
import { cleanFilter, defaultTargetDate } from './campaignDraft';

/** The API's refusal, field by field when it names them, shown beside the form. */
function ProblemList({ error }: { error: Error }) {
  const problem = error instanceof ApiError ? error.problem : undefined;
  return (
    <div role="alert" className="error-text">
      <p>{error.message}</p>
      {problem?.errors && (
        <ul>
          {problem.errors.map((e) => <li key={`${e.field}:${e.message}`}><code>{e.field}</code>: {e.message}</li>)}
        </ul>
      )}
    </div>
  );
}

function Preview({ filter }: { filter: CampaignFilter }) {
  const preview = useCampaignPreview(filter);
  const title = 'Findings matching this filter now, counted by the findings queue itself; they are frozen when you start the campaign.';
  if (preview.isError) return <ProblemList error={preview.error} />;
  const total = preview.data?.total;
  return (
    <p role="status" title={title}>
      {total === undefined ? 'Counting matching findings…' : `This campaign will include ${total} ${total === 1 ? 'finding' : 'findings'}.`}
      {total === 0 && ' Widen the filter: a campaign needs at least one.'}
      {total !== undefined && total > MAX_CAMPAIGN_FINDINGS && ` At most ${MAX_CAMPAIGN_FINDINGS} fit in one campaign.`}
    </p>
  );
}

/** Starts a campaign over the findings a filter matches now, with an owner and a target date. */
export function NewCampaignForm({ initialFilter, ownerId, rules, now, onCreated }: {
  initialFilter: CampaignFilter; ownerId: string; rules: readonly { id: string; title: string }[]; now: Date;
  onCreated: (name: string) => void;
}) {
  const create = useCreateCampaign();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState(ownerId);
  const [targetDate, setTargetDate] = useState(() => defaultTargetDate(now));
  const [filter, setFilter] = useState(initialFilter);
  const clean = cleanFilter(filter);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { name, ...(description.trim() ? { description } : {}), ownerId: owner, targetDate, filter: clean },
      { onSuccess: (c) => { setName(''); setDescription(''); onCreated(c.name); } },
    );
  };

  return (
    <form aria-label="New campaign" onSubmit={submit} className="campaign-form">
      <Field label="Campaign name">{(id) => <input id={id} type="text" required maxLength={120} value={name} onChange={(e) => setName(e.target.value)} />}</Field>
      <Field label="Description">{(id) => <textarea id={id} maxLength={2000} value={description} onChange={(e) => setDescription(e.target.value)} />}</Field>
      <Field label="Owner (user id)">{(id) => <input id={id} type="text" required maxLength={200} value={owner} onChange={(e) => setOwner(e.target.value)} />}</Field>
      <Field label="Target date">{(id) => <input id={id} type="date" required value={targetDate} onChange={(e) => setTargetDate(e.target.value)} />}</Field>
      <CampaignFilterFields filter={filter} rules={rules} onChange={setFilter} />
      <Preview filter={clean} />
      <button type="submit" disabled={create.isPending || !name.trim()}>Start campaign</button>
      {create.error && <ProblemList error={create.error} />}
    </form>
  );
}
