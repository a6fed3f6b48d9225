import { NavLink, Outlet, useNavigation } from 'react-router';
import { useMe } from '../lib/queries/useMe';
import { useLogout } from '../features/auth/api/useSession';

const NAV = [
  { to: '/', label: 'Overview', end: true },
  { to: '/findings', label: 'Findings' },
  { to: '/inventory', label: 'Inventory' },
  { to: '/graph', label: 'Graph' },
  { to: '/remediation', label: 'Remediation' },
  { to: '/imports', label: 'Imports' },
];

export function Layout() {
  const navigation = useNavigation();
  const me = useMe();
  const logout = useLogout();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="topbar">
        <span className="brand">Sharegraph</span>
        <nav aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <span className="user" aria-label="Signed in as">
          {me.data ? `${me.data.displayName} · ${me.data.role}` : ''}
        </span>
        {me.data && (
          <button type="button" className="signout" disabled={logout.isPending} onClick={() => logout.mutate()}>
            Sign out
          </button>
        )}
      </header>
      {navigation.state === 'loading' && <div className="route-progress" role="progressbar" aria-label="Loading page" />}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
