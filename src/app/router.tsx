import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './Layout';
import { RouteError } from './RouteError';
import { NotFoundPage } from './NotFoundPage';
import { PageCodeLoading } from './PageCodeLoading';
import { OverviewPage } from '../features/overview/routes/OverviewPage';

/**
 * Each view loads on demand, so the first page ships only the shell and the view it shows. The overview, the
 * landing page, is in the app's own chunk (preloaded by index.html): its paint should not wait for a second round
 * trip for its code. The server renders it too (src/ssr/renderLanding.tsx).
 */
const pages: RouteObject[] = [
  { index: true, Component: OverviewPage },
  { path: 'findings', lazy: () => import('../features/findings/routes/FindingsPage').then((m) => ({ Component: m.FindingsPage })) },
  { path: 'inventory', lazy: () => import('../features/inventory/routes/InventoryPage').then((m) => ({ Component: m.InventoryPage })) },
  { path: 'graph', lazy: () => import('../features/graph/routes/GraphPage').then((m) => ({ Component: m.GraphPage })) },
  { path: 'connections/:id', lazy: () => import('../features/connection/routes/ConnectionPage').then((m) => ({ Component: m.ConnectionPage })) },
  { path: 'principals/:id', lazy: () => import('../features/principal/routes/PrincipalPage').then((m) => ({ Component: m.PrincipalPage })) },
  { path: 'apps/:id', lazy: () => import('../features/app/routes/AppPage').then((m) => ({ Component: m.AppPage })) },
  { path: 'remediation', lazy: () => import('../features/remediation/routes/RemediationPage').then((m) => ({ Component: m.RemediationPage })) },
  { path: 'imports', lazy: () => import('../features/imports/routes/ImportsPage').then((m) => ({ Component: m.ImportsPage })) },
];

export const routes: RouteObject[] = [
  // Outside the layout: no navigation and no user before signing in.
  { path: '/login', lazy: () => import('../features/auth/routes/LoginPage').then((m) => ({ Component: m.LoginPage })), errorElement: <RouteError />, HydrateFallback: PageCodeLoading },
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    HydrateFallback: PageCodeLoading,
    children: [
      // Each page has its own boundary, so one broken view keeps the navigation usable.
      ...pages.map((r) => ({ ...r, errorElement: <RouteError /> })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
