import type { Inventory } from '../../contract/inventory';
import { IssueList, pathText, tooLarge, type JsonPath } from './issues';
import { locate, syntaxErrorLine } from './jsonLines';
import { SecretSink } from './secrets';
import { DEFAULT_MAX_BYTES, type ImportIssue, type ImportOptions, type ImportResult } from './types';
import { validateInventory, type PathIssue } from './validate';

/** What a JSON-based importer gets: the parsed document and where to put problems and secrets. */
export interface JsonContext {
  /** Problems in the input file, by path in the file. */
  errors: IssueList<PathIssue>;
  warnings: IssueList<PathIssue>;
  secrets: SecretSink;
  options: ImportOptions;
}

/**
 * The frame shared by the JSON formats: size limit, parse, the format's mapping, the native schema as the last
 * gate, then file paths turned into line numbers. `build` returns the inventory candidate; for the native
 * format the candidate is the file itself, so schema errors are file paths too (`schemaPathsAreFile`).
 */
export function importJson(
  content: string,
  options: ImportOptions,
  build: (doc: unknown, ctx: JsonContext) => unknown,
  schemaPathsAreFile = false,
): ImportResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (content.length > maxBytes) return tooLarge(content.length, maxBytes);
  let doc: unknown;
  options.onProgress?.({ phase: 'parsing' });
  try {
    doc = JSON.parse(content);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const line = syntaxErrorLine(content, message);
    // The engine's message may quote a piece of the file, which could be a secret: say only where.
    return { ok: false, total: 1, errors: [{ ...(line !== undefined ? { line } : {}), field: 'content', message: 'Not valid JSON: the syntax breaks here' }] };
  }
  const ctx: JsonContext = { errors: new IssueList(), warnings: new IssueList(), secrets: new SecretSink(options.fingerprint), options };
  const candidate = build(doc, ctx);
  let inventory: Inventory | undefined;
  if (ctx.errors.total === 0) {
    const schemaErrors = new IssueList<PathIssue>();
    inventory = validateInventory(candidate, schemaErrors, options.onProgress);
    for (const e of schemaErrors.items) ctx.errors.add(schemaPathsAreFile ? e : { path: ['(converted inventory)', ...e.path], message: e.message });
    ctx.errors.total = Math.max(ctx.errors.total, schemaErrors.total);
  }
  if (ctx.errors.total > 0 || !inventory) {
    return { ok: false, total: ctx.errors.total, errors: withLines(content, ctx.errors.items) };
  }
  return { ok: true, inventory, secretsDropped: ctx.secrets.dropped, warnings: withLines(content, ctx.warnings.items) };
}

function withLines(content: string, issues: readonly PathIssue[]): ImportIssue[] {
  if (issues.length === 0) return [];
  const lineOf = locate(content, issues.map((i) => i.path));
  return issues.map(({ path, message }) => {
    const line = path[0] === '(converted inventory)' ? undefined : lineOf(path);
    return { ...(line !== undefined ? { line } : {}), field: pathText(path) || 'content', message };
  });
}

/** Small typed readers over untrusted JSON, recording an error at the path when the shape is wrong. */
export const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function arrayAt(doc: Record<string, unknown>, key: string, ctx: JsonContext, required = false): unknown[] {
  const v = doc[key];
  if (v === undefined || v === null) {
    if (required) ctx.errors.add({ path: [key], message: `Expected an array "${key}"` });
    return [];
  }
  if (!Array.isArray(v)) {
    ctx.errors.add({ path: [key], message: `Expected an array, found ${typeof v}` });
    return [];
  }
  return v;
}

export function stringAt(obj: Record<string, unknown>, key: string, path: JsonPath, ctx: JsonContext, required: boolean): string | undefined {
  const v = obj[key];
  if (v === undefined || v === null || v === '') {
    if (required) ctx.errors.add({ path: [...path, key], message: 'Required: expected a non-empty string' });
    return undefined;
  }
  if (typeof v !== 'string') {
    ctx.errors.add({ path: [...path, key], message: `Expected a string, found ${typeof v}` });
    return undefined;
  }
  if (v.length > 10_000) {
    ctx.errors.add({ path: [...path, key], message: 'Too long: at most 10,000 characters' });
    return undefined;
  }
  return v;
}

/** Dates in exports come as ISO strings; anything else is reported rather than guessed. */
export function dateAt(obj: Record<string, unknown>, key: string, path: JsonPath, ctx: JsonContext, required: boolean): string | undefined {
  const v = stringAt(obj, key, path, ctx, required);
  if (v === undefined) return undefined;
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) {
    ctx.errors.add({ path: [...path, key], message: 'Expected an ISO 8601 date-time, e.g. 2026-03-01T12:00:00Z' });
    return undefined;
  }
  return new Date(ms).toISOString();
}

export { pathText };
