import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/apiClient';
import { SLA_POLICY_KEY } from '../../../lib/queries/useSlaPolicy';
import type { SlaPolicyUpdate } from '../../../contract/slaPolicy';

/**
 * What a policy change makes stale: every finding list and detail (due dates moved), and the drill-downs that
 * show findings. Overdue counts and SLA compliance on the overview, the board and the queue read these.
 */
const MOVED_BY_POLICY = [['findings'], ['connection'], ['principal'], ['app'], ['campaigns']];

export function useUpdateSlaPolicy() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SlaPolicyUpdate) => call('updateSlaPolicy', { body }),
    onSuccess: async (policy) => {
      client.setQueryData(SLA_POLICY_KEY, policy);
      await Promise.all(MOVED_BY_POLICY.map((queryKey) => client.invalidateQueries({ queryKey })));
    },
  });
}
