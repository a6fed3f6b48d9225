import type { Severity } from '../../../contract/rules';
import { formatDate } from '../../../lib/format';

/** The same severity colours as the badges in styles.css, so a chart and a table read alike. */
export const SEVERITY_COLOURS: Record<Severity, string> = { critical: '#7f1d1d', high: '#dc2626', medium: '#f59e0b', low: '#94a3b8' };
export const ACCENT = '#1d4ed8';
export const CHART_HEIGHT = 260;
export const dateTick = (iso: string) => formatDate(iso).slice(3);
