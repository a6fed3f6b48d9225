import { Field } from '../../../components/Field';
import { useState, type FormEvent } from 'react';
import { ImportFormat } from '../../../contract/imports';
import { ApiError } from '../../../lib/apiClient';
import { humanize } from '../../../lib/format';
import { useCreateImport } from '../api/useImports';
import { ImportProgress } from './ImportProgress';
import { ImportFailure, ImportReport } from './ImportReport';

export function ImportForm() {
  const { mutation: create, stage } = useCreateImport();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<ImportFormat>('native');

  function submit(e: FormEvent) {
    e.preventDefault();
    if (file) create.mutate({ file, format });
  }

  return (
    <form onSubmit={submit} className="import-form">
      <Field label="Inventory file">{(id) => (
        <input id={id} type="file" accept=".json,.csv,application/json,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      )}</Field>
      <Field label="Format">{(id) => (
        <select id={id} value={format} onChange={(e) => setFormat(e.target.value as ImportFormat)}>
          {ImportFormat.options.map((f) => <option key={f} value={f}>{humanize(f)}</option>)}
        </select>
      )}</Field>
      <button type="submit" disabled={!file || create.isPending}>{create.isPending ? 'Importing…' : 'Import'}</button>
      {create.isPending && stage && <ImportProgress stage={stage} />}
      {create.isSuccess && <ImportReport record={create.data} />}
      {create.isError && <ImportFailure problem={create.error instanceof ApiError ? create.error.problem : undefined} message={create.error.message} />}
    </form>
  );
}
