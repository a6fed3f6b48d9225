import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/apiClient';
import type { LoginRequest } from '../../../contract/auth';

/** Signing in or out changes who every cached answer was for, so the whole cache goes. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) => call('login', { body }),
    onSuccess: (user) => {
      queryClient.clear();
      queryClient.setQueryData(['me'], user);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('logout', { body: {} }),
    onSettled: () => queryClient.clear(),
  });
}
