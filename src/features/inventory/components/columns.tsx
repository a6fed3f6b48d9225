import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ConnectionRow, ConnectionSort } from '../../../contract/entities';
import { RiskScore } from '../../../components/RiskScore';
import { formatDate, humanize } from '../../../lib/format';
import type { Cell } from '../../../lib/csv';

export interface ConnectionColumn {
  id: string;
  header: string;
  cell: (c: ConnectionRow) => ReactNode;
  /** The value written to CSV: raw data, never markup. */
  csv: (c: ConnectionRow) => Cell;
  defaultVisible: boolean;
  /** The API's sort field for this column, when the server can sort by it. */
  sortKey?: ConnectionSort;
}

const transport = (c: ConnectionRow) => `${c.transport.protocol}${c.transport.tlsVersion ? ` TLS ${c.transport.tlsVersion}` : ''}`;
const rotated = (c: ConnectionRow) => c.credential.lastRotatedAt ?? c.credential.createdAt;

/** Every attribute of a connection as a column; the chooser decides which are shown. */
export const CONNECTION_COLUMNS: readonly ConnectionColumn[] = [
  { id: 'name', sortKey: 'name', header: 'Connection', defaultVisible: true, csv: (c) => c.name,
    cell: (c) => <Link to={`/connections/${encodeURIComponent(c.id)}`}>{c.name}</Link> },
  { id: 'platform', sortKey: 'platform', header: 'Platform', defaultVisible: true, csv: (c) => c.platform, cell: (c) => humanize(c.platform) },
  { id: 'environment', sortKey: 'environment', header: 'Env', defaultVisible: true, csv: (c) => c.environment, cell: (c) => c.environment },
  { id: 'connector', header: 'Connector', defaultVisible: false, csv: (c) => c.connector, cell: (c) => c.connector },
  { id: 'target', header: 'Target', defaultVisible: true, csv: (c) => c.targetName, cell: (c) => c.targetName },
  { id: 'authenticatesAs', header: 'Authenticates as', defaultVisible: true, csv: (c) => c.authenticatesAsName,
    cell: (c) => <>{c.authenticatesAsName}{c.personalCredential && <span className="badge warn">personal</span>}</> },
  { id: 'owner', header: 'Owner', defaultVisible: true, csv: (c) => c.ownerName, cell: (c) => c.ownerName },
  { id: 'authMethod', header: 'Auth', defaultVisible: true, csv: (c) => c.authMethod, cell: (c) => humanize(c.authMethod) },
  { id: 'secretStorage', header: 'Secret', defaultVisible: true, csv: (c) => c.secretStorage, cell: (c) => humanize(c.secretStorage) },
  { id: 'protocol', header: 'Protocol', defaultVisible: true, csv: transport, cell: transport },
  { id: 'certificateValidation', header: 'Cert check', defaultVisible: false, csv: (c) => c.transport.certificateValidation,
    cell: (c) => (c.transport.certificateValidation ? 'on' : 'off') },
  { id: 'mtls', header: 'mTLS', defaultVisible: false, csv: (c) => c.transport.mtls, cell: (c) => (c.transport.mtls ? 'on' : 'off') },
  { id: 'privilege', sortKey: 'privilege', header: 'Privilege', defaultVisible: true, csv: (c) => c.privilege, cell: (c) => humanize(c.privilege) },
  { id: 'lastRotated', sortKey: 'lastRotatedAt', header: 'Last rotated', defaultVisible: false, csv: rotated, cell: (c) => formatDate(rotated(c)) },
  { id: 'shares', header: 'Shares (explicit / implicit)', defaultVisible: true, csv: (c) => `${c.explicitShares}/${c.implicitShares}`,
    cell: (c) => `${c.explicitShares} / ${c.implicitShares}` },
  { id: 'actors', sortKey: 'actors', header: 'Can act through it', defaultVisible: true, csv: (c) => c.actors, cell: (c) => c.actors },
  { id: 'openFindings', sortKey: 'openFindings', header: 'Open findings', defaultVisible: true, csv: (c) => c.openFindings, cell: (c) => c.openFindings },
  { id: 'risk', sortKey: 'riskScore', header: 'Risk', defaultVisible: true, csv: (c) => c.riskScore, cell: (c) => <RiskScore value={c.riskScore} /> },
];

export const DEFAULT_COLUMN_IDS = CONNECTION_COLUMNS.filter((c) => c.defaultVisible).map((c) => c.id);

/** The `cols` URL parameter, validated: unknown ids are ignored, an empty choice falls back to the default. */
export function visibleColumns(param: string | undefined): ConnectionColumn[] {
  const ids = new Set(param ? param.split(',') : DEFAULT_COLUMN_IDS);
  const chosen = CONNECTION_COLUMNS.filter((c) => ids.has(c.id));
  return chosen.length > 0 ? chosen : CONNECTION_COLUMNS.filter((c) => c.defaultVisible);
}
