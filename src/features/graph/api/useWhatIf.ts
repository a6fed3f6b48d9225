import { useMutation } from '@tanstack/react-query';
import type { WhatIfChange } from '../../../contract/graph';
import { call } from '../../../lib/apiClient';

/**
 * Simulates remediations on the server's copy of the inventory. A POST that changes nothing, but a computation the
 * analyst asks for (a full re-analysis), so it runs when asked, not on every render or refocus as a query would.
 */
export function useWhatIf() {
  return useMutation({
    mutationKey: ['graph', 'what-if'],
    mutationFn: (changes: WhatIfChange[]) => call('whatIf', { body: { changes } }),
  });
}
