import { useState } from 'react';
import { Field } from '../../../components/Field';
import { QueryState } from '../../../components/QueryState';
import type { Rule } from '../../../contract/rules';
import type { Progress } from '../../../contract/remediationBoard';
import { downloadCsv, toCsv } from '../../../lib/csv';
import { fetchOpenFindings, useMakerFindings } from '../api/useRemediation';
import { makerNotices, noticeRows, type Notice } from '../lib/notices';
import { MakerNotice } from './MakerNotice';

interface Props {
  /** Makers with open findings, most open risk first (the board's ranking, cut to its first rows). */
  makers: readonly Progress[];
  rules: ReadonlyMap<string, Rule>;
  now: Date;
  maker: string | undefined;
  onMaker: (id: string | undefined) => void;
}

/**
 * Per maker, their open findings with the steps to fix them: one maker's notice on the page (printable: the print
 * stylesheet drops the app's chrome and controls), and a CSV to mail-merge, for one maker or for all of them.
 * Findings are read when asked for, so the board itself never downloads every finding.
 */
export function NotifyMakers({ makers, rules, now, maker, onMaker }: Props) {
  const findings = useMakerFindings(maker);
  const [exporting, setExporting] = useState<'idle' | 'busy' | Error>('idle');
  const chosen = makers.find((m) => m.key === maker);
  const notice = (items: Parameters<typeof makerNotices>[0]): Notice[] => makerNotices(items, rules, now);

  async function download() {
    setExporting('busy');
    try {
      const notices = maker ? notice(findings.data ?? []) : notice(await fetchOpenFindings());
      downloadCsv(maker ? `sharegraph-notice-${maker.replace(/[^\w-]/g, '_')}.csv` : 'sharegraph-notices-all-makers.csv', toCsv(noticeRows(notices)));
      setExporting('idle');
    } catch (err) {
      setExporting(err instanceof Error ? err : new Error(String(err)));
    }
  }

  return (
    <>
      <div className="filters no-print">
        <Field label="Maker">
          {(id) => (
            <select id={id} value={maker ?? ''} onChange={(e) => onMaker(e.target.value || undefined)}>
              <option value="">All makers</option>
              {maker && !chosen && <option value={maker}>{maker}</option>}
              {makers.filter((m) => m.open > 0 && m.key !== 'unknown').map((m) => <option key={m.key} value={m.key}>{m.name} ({m.open})</option>)}
            </select>
          )}
        </Field>
        <button type="button" onClick={() => void download()} disabled={exporting === 'busy' || (maker !== undefined && !findings.data)}>
          {exporting === 'busy' ? 'Preparing CSV…' : 'Download CSV'}
        </button>
        <button type="button" onClick={() => window.print()} disabled={!findings.data?.length}>Print notice</button>
      </div>
      {exporting instanceof Error && <p role="alert" className="error-text">The CSV could not be prepared: {exporting.message}</p>}
      {maker === undefined || maker === 'unknown'
        ? <p>Choose a maker to show their notice and print it; the CSV for all makers holds every open finding, those without a known owner too.</p>
        : (
          <QueryState query={findings} label="the maker's findings">
            {(items) => (items.length === 0 ? <p>No open findings to notify this maker about.</p> : notice(items).map((n) => <MakerNotice key={n.makerId} notice={n} />))}
          </QueryState>
        )}
    </>
  );
}
