import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

export interface BenchRun {
  at: string;
  node: string;
  cpus: number;
  cpuModel: string;
  /** 1, 5 and 15 minute load averages at the end: the machine is shared, so a busy run reads differently. */
  loadAverage?: number[];
  /** Which generated inventory the run measured (l unless --quick). */
  scale?: string;
  only: string[];
  figures: Record<string, number>;
}

const DIR = 'bench/results';
const HISTORY = `${DIR}/history.jsonl`;

/** The latest earlier value of each figure (a subset run keeps the others' last values comparable). */
export function previousFigures(): Record<string, number> {
  if (!existsSync(HISTORY)) return {};
  const previous: Record<string, number> = {};
  for (const line of readFileSync(HISTORY, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      Object.assign(previous, (JSON.parse(line) as BenchRun).figures);
    } catch {
      // A torn line (an interrupted run) is skipped.
    }
  }
  return previous;
}

export function recordRun(run: BenchRun) {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(`${DIR}/latest.json`, `${JSON.stringify(run, null, 2)}\n`);
  appendFileSync(HISTORY, `${JSON.stringify(run)}\n`);
}

/** A --quick run (m inventory) is kept apart: its figures would read as regressions or gains against full runs. */
export function recordQuickRun(run: BenchRun) {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(`${DIR}/quick.json`, `${JSON.stringify(run, null, 2)}\n`);
}

export function delta(now: number, before: number | undefined): string {
  if (before === undefined) return '';
  const d = now - before;
  if (d === 0) return '=';
  const pct = before !== 0 ? ` (${d > 0 ? '+' : ''}${Math.round((d / Math.abs(before)) * 100)}%)` : '';
  return `${d > 0 ? '+' : ''}${Math.round(d * 100) / 100}${pct}`;
}
