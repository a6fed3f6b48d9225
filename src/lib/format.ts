const dateFormat = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: '2-digit', timeZone: 'UTC' });

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '—' : dateFormat.format(d);
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

export function humanize(token: string): string {
  return token.replace(/_/g, ' ');
}

/** A change with its sign, rounded to one decimal so float noise (0.1 + 0.2) never shows. */
export function signed(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return rounded > 0 ? `+${rounded}` : String(rounded);
}
