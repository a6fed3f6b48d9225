import type { SubjectType } from '../contract/rules';

/** Where a finding's subject or a graph node is drilled into. */
export function subjectHref(type: SubjectType, id: string): string {
  const base = type === 'connection' ? 'connections' : type === 'app' ? 'apps' : 'principals';
  return `/${base}/${encodeURIComponent(id)}`;
}

export function nodeHref(kind: string, id: string): string | null {
  if (kind === 'connection') return subjectHref('connection', id);
  if (kind === 'app') return subjectHref('app', id);
  if (['person', 'group', 'service_account', 'app_registration'].includes(kind)) return subjectHref('principal', id);
  return null;
}
