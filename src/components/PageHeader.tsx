import type { ReactNode } from 'react';
import { useEffect } from 'react';

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Sharegraph`;
  }, [title]);
  return (
    <header className="page-header">
      <h1>{title}</h1>
      {children}
    </header>
  );
}
