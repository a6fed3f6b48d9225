import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
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

/**
 * Signs out, then goes to the sign-in page and only then forgets the cache: cleared while a view is still mounted,
 * its queries would ask again, get a 401 and send the user to sign in with a way back to that view, racing this
 * navigation (and sometimes winning).
 */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => call('logout', { body: {} }),
    onSettled: async () => {
      await navigate('/login');
      queryClient.clear();
    },
  });
}
