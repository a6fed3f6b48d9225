import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { ApiError } from '../lib/apiClient';

/**
 * Renders a query's loading and error states the same way everywhere, and its data once there.
 * Errors say what failed (problem title and detail, including field errors) and offer a retry.
 */
export function QueryState<T>({ query, label, children }: { query: UseQueryResult<T>; label: string; children: (data: T) => ReactNode }) {
  if (query.isPending) {
    return <p className="loading" role="status">Loading {label}…</p>;
  }
  if (query.isError) {
    const problem = query.error instanceof ApiError ? query.error.problem : undefined;
    return (
      <div role="alert" className="query-error">
        <p>
          <strong>Could not load {label}.</strong> {problem ? `${problem.title}${problem.detail ? `: ${problem.detail}` : ''}` : query.error.message}
        </p>
        {problem?.errors && (
          <ul>
            {problem.errors.map((e) => (
              <li key={`${e.field}:${e.message}`}>
                <code>{e.field}</code>: {e.message}
              </li>
            ))}
          </ul>
        )}
        <button type="button" onClick={() => void query.refetch()}>Retry</button>
      </div>
    );
  }
  return <>{children(query.data)}</>;
}
