import { NodeKind, type WhatIfChange } from '../../../contract/graph';
import { Environment, Platform } from '../../../contract/inventory';
import { decodeWhatIf, encodeWhatIf } from './whatIfParam';

/**
 * The explorer's whole state lives in the URL (a shared link shows the same view; a reload keeps it). This module
 * turns raw search params into a checked state, dropping what a hand-edited or stale link gets wrong instead of
 * sending it to the API.
 */
export const GRAPH_URL_KEYS = [
  'q', 'focus', 'depth', 'budget', 'selected', 'kinds', 'platform', 'environment', 'minRisk', 'actsAs', 'reach', 'from', 'to', 'whatIf',
] as const;
export type GraphUrlKey = (typeof GRAPH_URL_KEYS)[number];
export type RawGraphUrl = Partial<Record<GraphUrlKey, string | undefined>>;

export const DEFAULT_DEPTH = 2;
/** The API's limit on a neighbourhood's depth. */
export const MAX_DEPTH = 4;
export const DEFAULT_BUDGET = 1000;
export const MAX_BUDGET = 5000;
export const MIN_BUDGET = 10;

/** The question the drawing answers. Path beats who-can-act-as beats reach beats focus; the overview is the rest. */
export type Question =
  | { type: 'path'; from: string; to: string }
  | { type: 'actsAs'; id: string }
  | { type: 'reach'; id: string }
  | { type: 'focus'; id: string }
  | { type: 'overview' };

export interface GraphUrlState {
  q: string;
  focus?: string;
  depth: number;
  budget: number;
  selected?: string;
  kinds: NodeKind[];
  platform?: Platform;
  environment?: Environment;
  minRisk?: number;
  actsAs?: string;
  reach?: string;
  from?: string;
  to?: string;
  /** The remediation being simulated, beside whatever question is drawn (it does not replace the drawing). */
  whatIf?: WhatIfChange;
  question: Question;
}

function int(raw: string | undefined, min: number, max: number, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

const id = (raw: string | undefined) => (raw && raw.length <= 200 ? raw : undefined);

export function parseGraphUrl(raw: RawGraphUrl): GraphUrlState {
  const kinds = (raw.kinds ?? '').split(',').filter((k): k is NodeKind => NodeKind.safeParse(k).success);
  const platform = Platform.safeParse(raw.platform);
  const environment = Environment.safeParse(raw.environment);
  const minRisk = int(raw.minRisk, 0, 100, -1);
  const state: Omit<GraphUrlState, 'question'> = {
    q: (raw.q ?? '').slice(0, 200),
    focus: id(raw.focus),
    depth: int(raw.depth, 1, MAX_DEPTH, DEFAULT_DEPTH),
    budget: int(raw.budget, MIN_BUDGET, MAX_BUDGET, DEFAULT_BUDGET),
    selected: id(raw.selected),
    kinds: [...new Set(kinds)],
    platform: platform.success ? platform.data : undefined,
    environment: environment.success ? environment.data : undefined,
    minRisk: minRisk >= 0 ? minRisk : undefined,
    actsAs: id(raw.actsAs),
    reach: id(raw.reach),
    from: id(raw.from),
    to: id(raw.to),
    whatIf: decodeWhatIf(raw.whatIf),
  };
  return { ...state, question: questionOf(state) };
}

function questionOf(s: Omit<GraphUrlState, 'question'>): Question {
  if (s.from && s.to) return { type: 'path', from: s.from, to: s.to };
  if (s.actsAs) return { type: 'actsAs', id: s.actsAs };
  if (s.reach) return { type: 'reach', id: s.reach };
  if (s.focus) return { type: 'focus', id: s.focus };
  return { type: 'overview' };
}

/** Asking one question closes the others, so the URL never holds two answers fighting for the drawing. */
export function askPatch(value: RawGraphUrl): RawGraphUrl {
  return { actsAs: undefined, reach: undefined, from: undefined, to: undefined, ...value };
}

/** Focusing a node answers "what is around it": other questions close and the node is selected. */
export function focusPatch(id: string): RawGraphUrl {
  return askPatch({ focus: id, selected: id });
}

/**
 * Double-click "opens the neighbours" of a node: focus on it (its neighbourhood), or when it already is the focus,
 * one hop more. Undefined when the neighbourhood is already as deep as the API draws.
 */
export function neighboursPatch(s: Pick<GraphUrlState, 'question' | 'depth'>, id: string): RawGraphUrl | undefined {
  if (s.question.type !== 'focus' || s.question.id !== id) return focusPatch(id);
  return s.depth < MAX_DEPTH ? { depth: String(s.depth + 1) } : undefined;
}

/** A bigger budget that should unfold an aggregate of `count` people, within the API's limit. */
export function expandedBudget(current: number, count: number): number {
  return Math.min(MAX_BUDGET, Math.max(current * 2, current + count));
}

/**
 * The URL parameters that restore `s`: what a JSON export records as "the question asked", and the inverse of
 * parseGraphUrl for every value it accepts. Defaults are left out, as the page leaves them out.
 */
export function toRawGraphUrl(s: GraphUrlState): RawGraphUrl {
  const raw: RawGraphUrl = {
    q: s.q || undefined,
    focus: s.focus,
    depth: s.depth === DEFAULT_DEPTH ? undefined : String(s.depth),
    budget: s.budget === DEFAULT_BUDGET ? undefined : String(s.budget),
    selected: s.selected,
    kinds: s.kinds.length ? s.kinds.join(',') : undefined,
    platform: s.platform,
    environment: s.environment,
    minRisk: s.minRisk === undefined ? undefined : String(s.minRisk),
    actsAs: s.actsAs,
    reach: s.reach,
    from: s.from,
    to: s.to,
    whatIf: s.whatIf && encodeWhatIf(s.whatIf),
  };
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as RawGraphUrl;
}

/** `toRawGraphUrl` as a link to the explorer. */
export function graphHref(s: GraphUrlState): string {
  const search = new URLSearchParams(toRawGraphUrl(s) as Record<string, string>).toString();
  return `/graph${search ? `?${search}` : ''}`;
}
