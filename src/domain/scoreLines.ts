import type { Sensitivity } from '../contract/inventory';
import type { Severity } from '../contract/rules';

/**
 * The lines of score explanations, one string per distinct line rather than one per subject: on `l` 48k scores
 * are explained with a few hundred distinct lines, and the copies kept the young-generation GC busy (every
 * score survives into the analysis). Strings are immutable, so sharing them changes nothing a reader can see.
 */

/** Lines keyed by a number, built on first use; capped so odd inputs cannot grow a cache without bound. */
function cachedBy(line: (n: number) => string): (n: number) => string {
  const cache = new Map<number, string>();
  return (n) => {
    let text = cache.get(n);
    if (text === undefined) {
      text = line(n);
      if (cache.size < 10_000) cache.set(n, text);
    }
    return text;
  };
}

const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];
const SENSITIVITIES: readonly Sensitivity[] = ['critical', 'high', 'medium', 'low'];

export function scoreLines(severityWeight: Record<Severity, number>, sensitivityWeight: Record<Sensitivity, number>, exposureFactor: (actors: number) => number) {
  const severityLines = new Map(SEVERITIES.map((s) => [s, `Worst finding is ${s}: weight ${severityWeight[s]}.`]));
  const sensitivityLines = new Map(SENSITIVITIES.map((s) => [s, `Target sensitivity ${s}: weight ${sensitivityWeight[s]}.`]));
  const unknownSensitivity = `Target sensitivity unknown: weight ${sensitivityWeight.medium} (as medium).`;
  return {
    severity: (s: Severity) => severityLines.get(s) as string,
    sensitivity: (s: Sensitivity | null) => (s === null ? unknownSensitivity : (sensitivityLines.get(s) as string)),
    exposure: cachedBy((n) => `${n} principal(s) can act through it: exposure factor ${exposureFactor(n).toFixed(2)} (0.4 for none, 1 at 1,000+).`),
    actors: cachedBy((n) => `${n} principal(s) can act through it.`),
    extra: cachedBy((n) => `${n} further finding(s): +${Math.min(10, 2 * n)} points.`),
    score: cachedBy((n) => `Score ${n} of 100.`),
  };
}
