import type { Operations } from '../../src/service/operations';
import { ProblemError } from '../../src/service/problems';
import { DEMO_PASSWORD, DEMO_USER, type MockSession } from '../state';

const badLogin = () => new ProblemError({ type: 'about:blank', title: 'Sign-in failed', status: 401, detail: 'Unknown user or wrong password' });

/** Sign-in for the mock: only the demo account, whose password is public (see README); the server has real users. */
export function mockAuth(session: MockSession): Pick<Operations, 'login' | 'logout'> {
  return {
    login: ({ body }) => {
      if (body.username !== DEMO_USER.username || body.password !== DEMO_PASSWORD) throw badLogin();
      session.user = DEMO_USER;
      return DEMO_USER;
    },
    logout: () => {
      session.user = null;
      return { status: 'signed_out' as const };
    },
  };
}
