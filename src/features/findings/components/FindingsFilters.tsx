import { Field } from '../../../components/Field';
import { Severity } from '../../../contract/rules';
import { Environment, Platform } from '../../../contract/inventory';
import { humanize } from '../../../lib/format';
import { useRules } from '../../../lib/queries/useRules';
import type { QueueParams } from '../useQueueFilter';

const SORTS = { '-riskScore': 'risk, highest first', '-severity': 'severity', dueAt: 'due date, soonest first', '-firstSeenAt': 'newest first', '-exposure': 'exposure' };

type Set = (patch: Partial<QueueParams>) => void;

function Choice({ label, value, options, set, any = 'any' }: { label: string; value: string | undefined; options: [string, string][]; set: (v: string) => void; any?: string }) {
  return (
    <Field label={label}>{(id) => (
      <select id={id} value={value ?? ''} onChange={(e) => set(e.target.value)}>
        <option value="">{any}</option>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    )}</Field>
  );
}

/** The queue's filters; every one lives in the URL, so a filtered queue can be shared and survives a reload. */
export function FindingsFilters({ params, set }: { params: QueueParams; set: Set }) {
  const rules = useRules();
  const ruleOptions = [...(rules.data?.values() ?? [])].map((r): [string, string] => [r.id, r.title]);
  const owasp = [...new Set([...(rules.data?.values() ?? [])].flatMap((r) => r.owasp))].sort().map((o): [string, string] => [o, o]);
  const pairs = (values: readonly string[]) => values.map((v): [string, string] => [v, humanize(v)]);
  return (
    <form className="filters" role="search" aria-label="Filter findings" onSubmit={(e) => e.preventDefault()}>
      <Field label="Search">{(id) => (
        <input id={id} type="search" value={params.q ?? ''} onChange={(e) => set({ q: e.target.value })} placeholder="rule, subject, owner" />
      )}</Field>
      <Choice label="Severity" value={params.severity} options={pairs(Severity.options)} set={(severity) => set({ severity })} />
      <Choice label="Rule" value={params.ruleId} options={ruleOptions} set={(ruleId) => set({ ruleId })} />
      <Choice label="OWASP" value={params.owasp} options={owasp} set={(v) => set({ owasp: v })} />
      <Choice label="Platform" value={params.platform} options={pairs(Platform.options)} set={(platform) => set({ platform })} />
      <Choice label="Environment" value={params.environment} options={pairs(Environment.options)} set={(environment) => set({ environment })} />
      <Field label="Assignee">{(id) => (
        <input id={id} type="search" value={params.assigneeId ?? ''} onChange={(e) => set({ assigneeId: e.target.value })} placeholder="username" />
      )}</Field>
      <Choice label="Sort by" value={params.sort} options={Object.entries(SORTS).slice(1)} any={SORTS['-riskScore']} set={(sort) => set({ sort })} />
    </form>
  );
}
