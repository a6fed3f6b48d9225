import { useState, type FormEvent } from 'react';
import { Field } from '../../../components/Field';
import { SAVED_VIEW_KEYS, type SavedView, type SavedViewParams } from '../../../contract/savedViews';
import { ApiError } from '../../../lib/apiClient';
import { useDeleteView, useSavedViews, useSaveView } from '../api/useSavedViews';
import type { QueueParams } from '../useQueueFilter';

/** What went wrong, field by field when the API names them (a too-long name, a filter it cannot read). */
function problemText(err: Error) {
  if (!(err instanceof ApiError)) return err.message;
  const fields = err.problem.errors?.map((e) => `${e.field}: ${e.message}`).join('; ');
  return fields ? `${err.message} (${fields})` : err.message;
}

/** The parts of the URL a view keeps: filters, grouping and sort, never the open finding. */
function viewParams(params: QueueParams): SavedViewParams {
  return Object.fromEntries(SAVED_VIEW_KEYS.flatMap((k) => (params[k] ? [[k, params[k]]] : [])));
}

/**
 * Save the queue as it is under a name; apply or delete the user's saved views. Names are the user's text and
 * are only ever rendered as text.
 */
export function SavedViews({ params, apply }: { params: QueueParams; apply: (view: SavedView) => void }) {
  const views = useSavedViews();
  const save = useSaveView();
  const remove = useDeleteView();
  const [name, setName] = useState('');
  const [done, setDone] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ name, params: viewParams(params) }, {
      onSuccess: (view) => { setName(''); setDone(`Saved view ${view.name}`); },
    });
  };

  return (
    <section className="saved-views" aria-label="Saved views">
      <form aria-label="Save view" onSubmit={submit}>
        <Field label="View name">{(id) => <input id={id} type="text" required maxLength={80} value={name} onChange={(e) => setName(e.target.value)} />}</Field>
        <button type="submit" disabled={save.isPending || !name.trim()}>Save view</button>
      </form>
      {save.error && <p role="alert" className="error-text">{problemText(save.error)}</p>}
      {remove.error && <p role="alert" className="error-text">{problemText(remove.error)}</p>}
      <p role="status" className="muted">{done}</p>
      {views.data && views.data.items.length > 0 && (
        <ul aria-label="Your saved views">
          {views.data.items.map((v) => (
            <li key={v.id}>
              <button type="button" className="link-button" aria-label={`Apply view ${v.name}`} onClick={() => { apply(v); setDone(`Applied view ${v.name}`); }}>{v.name}</button>{' '}
              <button type="button" aria-label={`Delete view ${v.name}`} disabled={remove.isPending}
                onClick={() => remove.mutate(v.id, { onSuccess: () => setDone(`Deleted view ${v.name}`) })}>Delete</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
