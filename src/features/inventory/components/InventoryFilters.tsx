import { Field } from '../../../components/Field';
import { CONNECTION_SORTS, DEFAULT_CONNECTION_SORT, type ConnectionFacet, type ConnectionSort, type FacetCounts } from '../../../contract/entities';
import { AuthMethod, Environment, Platform, Privilege, Protocol, SecretStorage } from '../../../contract/inventory';
import { humanize } from '../../../lib/format';
import { parseSort } from '../../../contract/pagination';
import { FacetSelect, type FacetOption } from './FacetSelect';

export const INVENTORY_FILTER_KEYS = ['q', 'sort', 'platform', 'environment', 'authMethod', 'secretStorage', 'protocol', 'privilege', 'personalCredential', 'certificateValidation', 'mtls'] as const;
export type InventoryFilter = Partial<Record<(typeof INVENTORY_FILTER_KEYS)[number], string>>;

const SORT_LABEL: Record<ConnectionSort, string> = {
  name: 'Name', platform: 'Platform', environment: 'Environment', riskScore: 'Risk score', actors: 'Can act through it',
  openFindings: 'Open findings', lastRotatedAt: 'Last rotated', privilege: 'Privilege',
};
const sortLabel = (field: string) => SORT_LABEL[field as ConnectionSort] ?? field;

const enumOptions = (values: readonly string[]): FacetOption[] => values.map((v) => ({ value: v, label: humanize(v) }));
const yesNo = (yes: string, no: string): FacetOption[] => [{ value: 'true', label: yes }, { value: 'false', label: no }];

const FACETS: { facet: ConnectionFacet; label: string; anyLabel: string; options: FacetOption[] }[] = [
  { facet: 'platform', label: 'Platform', anyLabel: 'all', options: enumOptions(Platform.options) },
  { facet: 'environment', label: 'Environment', anyLabel: 'all', options: enumOptions(Environment.options) },
  { facet: 'personalCredential', label: 'Credentials', anyLabel: 'any identity', options: yesNo("a person's", 'non-human') },
  { facet: 'authMethod', label: 'Auth method', anyLabel: 'any', options: enumOptions(AuthMethod.options) },
  { facet: 'secretStorage', label: 'Secret storage', anyLabel: 'any', options: enumOptions(SecretStorage.options) },
  { facet: 'protocol', label: 'Protocol', anyLabel: 'any', options: enumOptions(Protocol.options) },
  { facet: 'certificateValidation', label: 'Certificate validation', anyLabel: 'any', options: yesNo('on', 'off') },
  { facet: 'mtls', label: 'mTLS', anyLabel: 'any', options: yesNo('on', 'off') },
  { facet: 'privilege', label: 'Privilege', anyLabel: 'any', options: enumOptions(Privilege.options) },
];

/** Search, sort and every facet of the inventory; values live in the URL, counts come from the server. */
export function InventoryFilters({ filter, facets, onChange }: {
  filter: InventoryFilter;
  facets: FacetCounts | undefined;
  onChange: (patch: InventoryFilter) => void;
}) {
  // The select picks the first key; further keys come from Shift+click on the table's headers.
  const [first, ...further] = parseSort(filter.sort ?? DEFAULT_CONNECTION_SORT);
  const primary = `${first?.desc ? '-' : ''}${first?.field ?? 'riskScore'}`;
  return (
    <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <Field label="Search">{(id) => (
        <input id={id} type="search" value={filter.q ?? ''} onChange={(e) => onChange({ q: e.target.value })} placeholder="name, connector, target, identity, owner" />
      )}</Field>
      {FACETS.map(({ facet, label, anyLabel, options }) => (
        <FacetSelect key={facet} label={label} anyLabel={anyLabel} options={options} value={filter[facet]}
          counts={facets?.[facet]} onChange={(value) => onChange({ [facet]: value })} />
      ))}
      <Field label="Sort">{(id) => (
        <select id={id} value={primary} onChange={(e) => onChange({ sort: e.target.value })}>
          {CONNECTION_SORTS.flatMap((s) => [
            <option key={`-${s}`} value={`-${s}`}>{sortLabel(s)} ↓</option>,
            <option key={s} value={s}>{sortLabel(s)} ↑</option>,
          ])}
        </select>
      )}</Field>
      {further.length > 0 && (
        <p className="sort-further">
          then by {further.map((k) => `${sortLabel(k.field)} ${k.desc ? '↓' : '↑'}`).join(', then ')}{' '}
          <button type="button" onClick={() => onChange({ sort: primary })}>Sort by one column</button>
        </p>
      )}
    </form>
  );
}
