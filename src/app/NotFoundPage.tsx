import { Link, useLocation } from 'react-router';

export function NotFoundPage() {
  const location = useLocation();
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        Nothing lives at <code>{location.pathname}</code>. Try the <Link to="/inventory">inventory</Link> or the{' '}
        <Link to="/findings">findings queue</Link>.
      </p>
    </section>
  );
}
