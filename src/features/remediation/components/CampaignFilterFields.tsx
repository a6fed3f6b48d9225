import { Field } from '../../../components/Field';
import type { CampaignFilter, CampaignFilterKey } from '../../../contract/campaigns';
import { Severity } from '../../../contract/rules';
import { Platform } from '../../../contract/inventory';
import { humanize } from '../../../lib/format';
import { ACTIVE_STATES } from './campaignDraft';

const EDITABLE = new Set<CampaignFilterKey>(['ruleId', 'severity', 'platform', 'state', 'q']);

/** A select over known values that still shows a value it does not list (e.g. `high,critical` from the queue's URL). */
function Choice({ label, value, options, onChange }: {
  label: string; value: string; options: readonly (readonly [string, string])[]; onChange: (v: string) => void;
}) {
  const all = options.some(([v]) => v === value) ? options : [...options, [value, value] as const];
  return (
    <Field label={label}>
      {(id) => (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
          {all.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
        </select>
      )}
    </Field>
  );
}

/** The filter part of the new-campaign form: common fields to edit, and any other queue filter carried along. */
export function CampaignFilterFields({ filter, rules, onChange }: {
  filter: CampaignFilter; rules: readonly { id: string; title: string }[]; onChange: (f: CampaignFilter) => void;
}) {
  const set = (key: CampaignFilterKey) => (value: string) => onChange({ ...filter, [key]: value });
  const others = Object.entries(filter).filter(([k, v]) => !EDITABLE.has(k as CampaignFilterKey) && v);
  return (
    <fieldset>
      <legend>Findings to include</legend>
      <Choice label="Rule" value={filter.ruleId ?? ''} onChange={set('ruleId')}
        options={[['', 'Any rule'], ...rules.map((r) => [r.id, r.title] as const)]} />
      <Choice label="Severity" value={filter.severity ?? ''} onChange={set('severity')}
        options={[['', 'Any severity'], ...Severity.options.map((s) => [s, humanize(s)] as const)]} />
      <Choice label="Platform" value={filter.platform ?? ''} onChange={set('platform')}
        options={[['', 'Any platform'], ...Platform.options.map((p) => [p, humanize(p)] as const)]} />
      <Choice label="State" value={filter.state ?? ''} onChange={set('state')}
        options={[[ACTIVE_STATES, 'Open or in progress'], ['open', 'Open only'], ['', 'Every state']]} />
      <Field label="Text in title, subject or owner">
        {(id) => <input id={id} type="search" maxLength={200} value={filter.q ?? ''} onChange={(e) => set('q')(e.target.value)} />}
      </Field>
      {others.length > 0 && (
        <ul aria-label="Also filtered by">
          {others.map(([k, v]) => (
            <li key={k}>
              {k} = <code>{v}</code>{' '}
              <button type="button" aria-label={`Remove filter ${k}`} onClick={() => onChange({ ...filter, [k]: '' })}>Remove</button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
