import { useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import type { Finding } from '../../../contract/findings';
import { SAVED_VIEW_KEYS, type SavedView } from '../../../contract/savedViews';
import { formatCount, humanize } from '../../../lib/format';
import { useCan, useMe } from '../../../lib/queries/useMe';
import { useFindings, useUpdateFinding } from '../api/useFindings';
import { conflictOf } from '../api/conflict';
import { BulkBar } from '../components/BulkBar';
import { FindingPanel } from '../components/FindingPanel';
import { FindingsFilters } from '../components/FindingsFilters';
import { FindingsTable } from '../components/FindingsTable';
import { OtherGroups } from '../components/OtherGroups';
import { SavedViews } from '../components/SavedViews';
import { StartCampaignLink } from '../components/StartCampaignLink';
import { CampaignScope } from '../components/CampaignScope';
import { ShortcutsDialog } from '../components/ShortcutsDialog';
import { StateTabs } from '../components/StateTabs';
import type { QueueCommand } from '../keyboard/queueKeys';
import { useQueueFilter, type QueueParams } from '../useQueueFilter';
import { useQueueKeys } from './useQueueKeys';
import './findings.css';

const PAGE = 100;

export function FindingsPage() {
  const { params, setParams, filter, sort, groupBy } = useQueueFilter();
  const findings = useFindings({ ...filter, sort, groupBy, limit: PAGE });
  const rows = findings.data?.items ?? [];
  const canTriage = useCan('analyst');
  const me = useMe().data?.username;
  const update = useUpdateFinding();
  const [cursor, setCursor] = useState(-1);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const [help, setHelp] = useState(false);
  const [focusForm, setFocusForm] = useState(false);
  const [notice, setNotice] = useState('');

  // A new filter is a new queue: the cursor and the bulk selection start over.
  const setFilter = (patch: Partial<QueueParams>) => {
    setParams(patch);
    setCursor(-1);
    setSelected(new Set());
    setAllMatching(false);
  };
  // A view replaces the whole queue state: parameters it does not name are cleared, not kept from before.
  const applyView = (view: SavedView) =>
    setFilter({ ...Object.fromEntries(SAVED_VIEW_KEYS.map((k) => [k, view.params[k]])), campaignId: undefined, open: undefined });
  const open = (i: number, form = false) => {
    setCursor(i);
    setFocusForm(form);
    setParams({ open: rows[i]?.id });
  };
  const toggle = (id: string) => setSelected((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; });
  const quick = (f: Finding, change: { state?: 'open' | 'in_progress' | 'resolved'; assigneeId?: string }, done: string) =>
    update.mutate({ id: f.id, body: { ...change, version: f.version } }, {
      onSuccess: () => setNotice(`${f.title} on ${f.subjectName}: ${done}`),
      onError: (err) => setNotice(conflictOf(err, f) ? `${f.title} changed since the queue loaded; it was reloaded, try again.` : err.message),
    });

  const run = (cmd: QueueCommand) => {
    const f = 'index' in cmd ? rows[cmd.index] : undefined;
    switch (cmd.type) {
      case 'move': return setCursor(cmd.to);
      case 'open': return open(cmd.index);
      case 'triage': return open(cmd.index, true);
      case 'close': return setParams({ open: undefined });
      case 'help': return setHelp(true);
      case 'toggleSelect': return f && toggle(f.id);
      case 'assignToMe': return f && me && quick(f, { assigneeId: me }, `assigned to ${me}`);
      case 'setState': return f && quick(f, { state: cmd.state }, humanize(cmd.state));
    }
  };
  useQueueKeys({ cursor, rows: rows.length, canTriage }, run);

  return (
    <>
      <PageHeader title="Findings" />
      <p className="muted">Press <kbd>?</kbd> for keyboard shortcuts. <button type="button" onClick={() => setHelp(true)}>Shortcuts</button></p>
      <FindingsFilters params={params} set={setFilter} />
      <SavedViews params={params} apply={applyView} />
      <StartCampaignLink params={params} />
      {params.campaignId && <CampaignScope campaignId={params.campaignId} onClear={() => setFilter({ campaignId: undefined })} />}
      <QueryState query={findings} label="findings">
        {(page) => (
          <div className={params.open ? 'queue-layout with-panel' : 'queue-layout'}>
            <div>
              <StateTabs value={params.state} counts={page.stateCounts} set={(state) => setFilter({ state })} />
              <p aria-live="polite">{formatCount(page.total)} findings match</p>
              <p role="status" aria-label="Last action">{notice}</p>
              {canTriage && (selected.size > 0 || allMatching) && (
                <BulkBar
                  selectedIds={[...selected]} total={page.total} filter={filter} me={me}
                  allMatching={allMatching} setAllMatching={setAllMatching}
                  onDone={(summary) => { setSelected(new Set()); setAllMatching(false); setNotice(summary); }}
                />
              )}
              {canTriage && selected.size === 0 && !allMatching && page.total > 0 && (
                <button type="button" onClick={() => setAllMatching(true)}>Select all {formatCount(page.total)} matching</button>
              )}
              <FindingsTable
                rows={page.items} cursor={cursor} openId={params.open} selected={selected} canTriage={canTriage}
                grouping={page.groups && page.itemGroups ? { groups: page.groups, itemGroups: page.itemGroups } : undefined}
                onOpen={(i) => open(i)} onToggle={toggle}
                onToggleAll={(on) => setSelected(on ? new Set(page.items.map((f) => f.id)) : new Set())}
              />
              {page.groups && (
                <OtherGroups groups={page.groups} shown={new Set(page.itemGroups)} total={page.groupsTotal ?? page.groups.length} />
              )}
              {page.nextCursor && <p className="muted">Showing the first {page.items.length}; narrow the filter to see the rest.</p>}
            </div>
            {params.open && <FindingPanel key={params.open} id={params.open} focusForm={focusForm} onClose={() => setParams({ open: undefined })} />}
          </div>
        )}
      </QueryState>
      <ShortcutsDialog open={help} canTriage={canTriage} onClose={() => setHelp(false)} />
    </>
  );
}
