import type { ImportRecord } from '../../../contract/imports';
import type { Problem } from '../../../contract/problem';
import { formatCount } from '../../../lib/format';

type Issue = { line?: number | undefined; field: string; message: string };

/** Problems by place in the file. Field paths and messages can quote the file: rendered as text only. */
export function IssueList({ issues, label }: { issues: readonly Issue[]; label: string }) {
  return (
    <ul aria-label={label}>
      {issues.map((i, n) => (
        // The same field can fail twice with the same message on different records: the index keeps keys unique.
        <li key={`${n}:${i.line ?? ''}:${i.field}`}>{i.line !== undefined && `line ${i.line}, `}<code>{i.field}</code>: {i.message}</li>
      ))}
    </ul>
  );
}

/** What a successful import did: what it loaded, what it changed in the findings, what it dropped. */
export function ImportReport({ record }: { record: ImportRecord }) {
  const { counts, findings } = record;
  const rows: [string, number][] = [
    ['Connections', counts.connections], ['Principals', counts.principals], ['Apps', counts.apps], ['Shares', counts.shares],
    ['New findings', findings.new], ['Resolved findings', findings.resolved], ['Reopened findings', findings.reopened],
    ['Secret values stripped', record.secretsDropped],
  ];
  return (
    <div className="import-report">
      <p role="status">
        Imported {counts.connections} connections: {findings.new} new findings, {findings.resolved} resolved, {findings.reopened} reopened.{' '}
        {record.secretsDropped} secret values were dropped (only their fingerprints are kept).
      </p>
      <table aria-label="Import report">
        <tbody>
          {rows.map(([label, n]) => <tr key={label}><th scope="row">{label}</th><td>{formatCount(n)}</td></tr>)}
        </tbody>
      </table>
      {record.warnings && record.warnings.length > 0 && (
        <div className="import-warnings">
          <p>{record.warnings.length} warnings: kept, but worth a look.</p>
          <IssueList issues={record.warnings} label="Warnings" />
        </div>
      )}
    </div>
  );
}

/** Why an import was refused; a refused import changed nothing. */
export function ImportFailure({ problem, message }: { problem: Problem | undefined; message: string }) {
  return (
    <div role="alert" className="query-error">
      <p><strong>{problem?.title ?? 'Import failed'}.</strong> {problem?.detail ?? message}</p>
      {problem?.errors && <IssueList issues={problem.errors} label="Errors" />}
    </div>
  );
}
