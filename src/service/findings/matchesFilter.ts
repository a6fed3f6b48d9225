import type { Finding, FindingsFilter } from '../../contract/findings';
import { inSet, matchesText } from '../operations/paging';

/**
 * Whether a finding is in the queue's filter. One definition for the list and for bulk edits "on all matching
 * this filter", so a bulk change touches exactly the rows the analyst saw counted.
 */
export function matchesFilter(filter: FindingsFilter, f: Finding, { ignoreState = false } = {}): boolean {
  return (
    (ignoreState || inSet(filter.state, f.state)) &&
    inSet(filter.severity, f.severity) &&
    inSet(filter.ruleId, f.ruleId) &&
    inSet(filter.platform, f.platform ?? undefined) &&
    inSet(filter.environment, f.environment ?? undefined) &&
    (!filter.owasp || f.owasp.includes(filter.owasp)) &&
    (!filter.assigneeId || f.assigneeId === filter.assigneeId) &&
    (!filter.subjectId || f.subjectId === filter.subjectId || f.relatedIds.includes(filter.subjectId)) &&
    matchesText(filter.q, f.title, f.subjectName, f.ownerName, f.ruleId)
  );
}
