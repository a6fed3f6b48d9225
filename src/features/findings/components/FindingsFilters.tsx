import { Field } from '../../../components/Field';
import { Severity } from '../../../contract/rules';
import { Environment, Platform } from '../../../contract/inventory';
import { humanize } from '../../../lib/format';
import { useRules } from '../../../lib/queries/useRules';
import type { QueueParams } from '../useQueueFilter';

const SORTS = { '-riskScore': 'risk, highest first', '-severity': 'severity', dueAt: 'due date, soonest first', '-firstSeenAt': 'newest first', '-exposure': 'exposure' };
const SLA: [string, string][] = [['overdue', 'overdue'], ['due_soon', 'due within 7 days'], ['within_sla', 'within SLA'], ['no_due_date', 'no due date']];
const GROUPS: [string, string][] = [['rule', 'rule'], ['identity', 'identity (whose credentials)'], ['app', 'app']];
const ASSIGNMENT: [string, string][] = [['unassigned', 'unassigned'], ['assigned', 'assigned']];
/** Age buckets as `min-max` days since first seen (inclusive), written to the URL as minAgeDays / maxAgeDays. */
const AGES: [string, string][] = [['0-6', 'under a week'], ['7-29', '1 to 4 weeks'], ['30-89', '1 to 3 months'], ['90-', '3 months or more']];

type Set = (patch: Partial<QueueParams>) => void;

function Choice({ label, value, options, set, any = 'any' }: { label: string; value: string | undefined; options: [string, string][]; set: (v: string) => void; any?: string }) {
  // A value from a hand-edited or older URL still shows, rather than the select silently claiming "any".
  const known = !value || options.some(([v]) => v === value);
  return (
    <Field label={label}>{(id) => (
      <select id={id} value={value ?? ''} onChange={(e) => set(e.target.value)}>
        <option value="">{any}</option>
        {!known && <option value={value}>{value}</option>}
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    )}</Field>
  );
}

function Text({ label, value, set, placeholder }: { label: string; value: string | undefined; set: (v: string) => void; placeholder: string }) {
  return <Field label={label}>{(id) => <input id={id} type="search" value={value ?? ''} onChange={(e) => set(e.target.value)} placeholder={placeholder} />}</Field>;
}

/** The queue's filters and grouping; every one lives in the URL, so a queue can be shared, saved and reloaded. */
export function FindingsFilters({ params, set }: { params: QueueParams; set: Set }) {
  const rules = useRules();
  const ruleOptions = [...(rules.data?.values() ?? [])].map((r): [string, string] => [r.id, r.title]);
  const owasp = [...new Set([...(rules.data?.values() ?? [])].flatMap((r) => r.owasp))].sort().map((o): [string, string] => [o, o]);
  const pairs = (values: readonly string[]) => values.map((v): [string, string] => [v, humanize(v)]);
  const age = params.minAgeDays || params.maxAgeDays ? `${params.minAgeDays ?? '0'}-${params.maxAgeDays ?? ''}` : undefined;
  const setAge = (v: string) => {
    const [min, max] = v ? v.split('-') : [];
    set({ minAgeDays: min === '0' ? undefined : min, maxAgeDays: max });
  };
  return (
    <form className="filters" role="search" aria-label="Filter findings" onSubmit={(e) => e.preventDefault()}>
      <Text label="Search" value={params.q} set={(q) => set({ q })} placeholder="rule, subject, owner" />
      <Choice label="Severity" value={params.severity} options={pairs(Severity.options)} set={(severity) => set({ severity })} />
      <Choice label="Rule" value={params.ruleId} options={ruleOptions} set={(ruleId) => set({ ruleId })} />
      <Choice label="OWASP" value={params.owasp} options={owasp} set={(v) => set({ owasp: v })} />
      <Choice label="Platform" value={params.platform} options={pairs(Platform.options)} set={(platform) => set({ platform })} />
      <Choice label="Environment" value={params.environment} options={pairs(Environment.options)} set={(environment) => set({ environment })} />
      <Text label="Owner" value={params.owner} set={(owner) => set({ owner })} placeholder="name or principal id" />
      <Text label="Assignee" value={params.assigneeId} set={(assigneeId) => set({ assigneeId })} placeholder="username" />
      <Choice label="Assignment" value={params.assignment} options={ASSIGNMENT} set={(assignment) => set({ assignment })} />
      <Choice label="SLA status" value={params.sla} options={SLA} set={(sla) => set({ sla })} />
      <Choice label="Age" value={age} options={AGES} set={setAge} />
      <Choice label="Group by" value={params.groupBy} options={GROUPS} any="no grouping" set={(groupBy) => set({ groupBy })} />
      <Choice label="Sort by" value={params.sort} options={Object.entries(SORTS).slice(1)} any={SORTS['-riskScore']} set={(sort) => set({ sort })} />
    </form>
  );
}
