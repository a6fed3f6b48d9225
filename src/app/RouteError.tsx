import { isRouteErrorResponse, Link, useNavigate, useRouteError } from 'react-router';
import { ApiError } from '../lib/apiClient';

function describe(error: unknown): { title: string; detail: string } {
  if (isRouteErrorResponse(error)) return { title: `${error.status} ${error.statusText}`, detail: String(error.data ?? '') };
  if (error instanceof ApiError) return { title: error.problem.title, detail: error.problem.detail ?? '' };
  if (error instanceof Error) {
    // A failed lazy import usually means a new version was deployed under the open page.
    if (/dynamically imported module|Importing a module script failed/i.test(error.message)) {
      return { title: 'This page could not be loaded', detail: 'The app may have been updated. Reloading fetches the current version.' };
    }
    return { title: 'Something went wrong on this page', detail: error.message };
  }
  return { title: 'Something went wrong on this page', detail: '' };
}

/** The per-route boundary: says what failed, offers a retry, and keeps the navigation around it working. */
export function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  const { title, detail } = describe(error);
  return (
    <section role="alert" className="route-error">
      <h1>{title}</h1>
      {detail && <p>{detail}</p>}
      <p>
        <button type="button" onClick={() => navigate(0)}>Try again</button> or <Link to="/">go to the overview</Link>.
      </p>
    </section>
  );
}
