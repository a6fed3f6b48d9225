import { Field } from '../../../components/Field';
import { useState, type FormEvent } from 'react';
import { ImportFormat } from '../../../contract/imports';
import { ApiError } from '../../../lib/apiClient';
import { humanize } from '../../../lib/format';
import { useCreateImport } from '../api/useImports';

export function ImportForm() {
  const create = useCreateImport();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<ImportFormat>('native');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    create.mutate({ format, fileName: file.name, content: await file.text() });
  }

  const problem = create.error instanceof ApiError ? create.error.problem : undefined;
  return (
    <form onSubmit={(e) => void submit(e)} className="import-form">
      <Field label="Inventory file">{(id) => (
        <input id={id} type="file" accept=".json,.csv,application/json,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      )}</Field>
      <Field label="Format">{(id) => (
        <select id={id} value={format} onChange={(e) => setFormat(e.target.value as ImportFormat)}>
          {ImportFormat.options.map((f) => <option key={f} value={f}>{humanize(f)}</option>)}
        </select>
      )}</Field>
      <button type="submit" disabled={!file || create.isPending}>{create.isPending ? 'Importing…' : 'Import'}</button>
      {create.isSuccess && (
        <p role="status">
          Imported {create.data.counts.connections} connections: {create.data.findings.new} new findings, {create.data.findings.resolved} resolved,{' '}
          {create.data.findings.reopened} reopened. {create.data.secretsDropped} secret values were dropped (only their fingerprints are kept).
        </p>
      )}
      {create.isSuccess && create.data.warnings && create.data.warnings.length > 0 && (
        <div className="import-warnings">
          <p>{create.data.warnings.length} warnings: kept, but worth a look.</p>
          <ul>{create.data.warnings.map((w) => <li key={`${w.line ?? ''}:${w.field}:${w.message}`}>{w.line !== undefined && `line ${w.line}, `}<code>{w.field}</code>: {w.message}</li>)}</ul>
        </div>
      )}
      {create.isError && (
        <div role="alert" className="query-error">
          <p><strong>{problem?.title ?? 'Import failed'}.</strong> {problem?.detail ?? create.error.message}</p>
          {problem?.errors && (
            <ul>{problem.errors.map((err) => <li key={`${err.line ?? ''}:${err.field}:${err.message}`}>{err.line !== undefined && `line ${err.line}, `}<code>{err.field}</code>: {err.message}</li>)}</ul>
          )}
        </div>
      )}
    </form>
  );
}
