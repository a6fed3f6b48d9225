// `npm run bench`: every performance figure of the project in one run, printed next to its budget and written
// to bench/results/latest.json so runs can be compared. Timings are measured here, never asserted in tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { BUDGETS } from './budgets';
import { runEngineBench } from './engine';
import { measureWebSize } from './webSize';

const prefixed = (prefix: string, figures: Record<string, number>) =>
  Object.fromEntries(Object.entries(figures).map(([k, v]) => [`${prefix}.${k}`, v]));

const figures: Record<string, number> = {
  ...prefixed('engine', await runEngineBench()),
  ...measureWebSize(),
};

const rows = Object.entries(figures).map(([metric, value]) => {
  const budget = BUDGETS[metric];
  return {
    metric,
    value,
    budget: budget ? `≤ ${budget.max} ${budget.unit}` : '',
    status: budget ? (value <= budget.max ? 'ok' : 'OVER') : '',
  };
});
console.table(rows);

const missing = Object.keys(BUDGETS).filter((k) => !(k in figures));
const over = rows.filter((r) => r.status === 'OVER');
if (missing.length) console.log(`Not measured: ${missing.join(', ')}`);
console.log(over.length === 0 ? 'Every measured figure is within its budget.' : `Over budget: ${over.map((r) => `${r.metric} = ${r.value}`).join('; ')}`);

mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/latest.json',
  `${JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, figures }, null, 2)}\n`,
);
console.log('wrote bench/results/latest.json');
