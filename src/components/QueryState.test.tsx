// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UseQueryResult } from '@tanstack/react-query';
import { QueryState } from './QueryState';
import { ApiError } from '../lib/apiClient';

function failed(error: Error, refetch = vi.fn()) {
  return { isPending: false, isError: true, error, refetch } as unknown as UseQueryResult<string>;
}

describe('QueryState', () => {
  it('says what failed, field by field, and retries on request', async () => {
    const refetch = vi.fn();
    const error = new ApiError({
      type: 'about:blank', title: 'Invalid request', status: 400, detail: 'The query did not match the API contract',
      errors: [{ field: 'query.sort', message: 'Invalid option' }],
    });
    render(<QueryState query={failed(error, refetch)} label="connections">{(d) => d}</QueryState>);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load connections. Invalid request: The query did not match the API contract');
    expect(screen.getByRole('alert')).toHaveTextContent('query.sort: Invalid option');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(refetch).toHaveBeenCalledOnce();
  });

  it('renders hostile strings from the data as text', () => {
    const query = { isPending: false, isError: false, data: '<img src=x onerror=alert(1)>' } as unknown as UseQueryResult<string>;
    const { container } = render(<QueryState query={query} label="x">{(d) => <p>{d}</p>}</QueryState>);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
  });

  it('announces loading', () => {
    const query = { isPending: true } as unknown as UseQueryResult<string>;
    render(<QueryState query={query} label="findings">{(d) => d}</QueryState>);
    expect(screen.getByRole('status')).toHaveTextContent('Loading findings');
  });
});
