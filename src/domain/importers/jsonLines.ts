import { pathText, type JsonPath } from './issues';

/**
 * Finds the line on which each wanted JSON path's value starts, in one pass over already-validated JSON text.
 * JSON.parse gives no positions; this scan runs only when there are errors to place, and keeps an explicit
 * stack instead of recursing, so a deeply nested hostile file cannot overflow the call stack.
 */
export function lineIndex(text: string, wanted: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  if (wanted.size === 0) return found;
  type Frame = { array: boolean; prefix: string; index: number };
  const stack: Frame[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;

  const skipSpace = () => {
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13) break;
    }
  };
  /** Reads a string starting at the opening quote; returns its decoded value only when asked (keys). */
  const readString = (decode: boolean): string => {
    const start = i;
    let escaped = false;
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 92) { escaped = true; i++; continue; }
      if (c === 34) break;
    }
    i++;
    if (!decode) return '';
    const raw = text.slice(start, i);
    return escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  };
  const record = (path: string) => {
    if (wanted.has(path) && !found.has(path)) found.set(path, line);
  };
  const childPath = (frame: Frame | undefined, key: string | number) =>
    frame === undefined ? String(key) : typeof key === 'number' ? `${frame.prefix}[${key}]` : frame.prefix === '' ? key : `${frame.prefix}.${key}`;

  // The value about to be read has this path.
  let path = '';
  for (;;) {
    skipSpace();
    if (i >= n) break;
    record(path);
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      const frame: Frame = { array: c === '[', prefix: path, index: 0 };
      stack.push(frame);
      skipSpace();
      if (text[i] === (frame.array ? ']' : '}')) { i++; stack.pop(); }
      else if (frame.array) { path = childPath(frame, 0); continue; }
      else { path = readKey(frame); continue; }
    } else if (c === '"') {
      readString(false);
    } else {
      while (i < n && !',]} \t\r\n'.includes(text[i]!)) i++;
    }
    // A value ended: move to the next sibling, closing finished containers.
    let next: string | undefined;
    while (next === undefined) {
      skipSpace();
      const frame = stack.at(-1);
      if (!frame || i >= n) break;
      if (text[i] === ',') {
        i++;
        if (frame.array) next = childPath(frame, ++frame.index);
        else { skipSpace(); next = readKey(frame); }
      } else {
        i++; // ] or }
        stack.pop();
      }
    }
    if (next === undefined) break;
    path = next;
  }
  return found;

  function readKey(frame: Frame): string {
    const key = readString(true);
    skipSpace();
    i++; // :
    return childPath(frame, key);
  }
}

/**
 * The line of a path, or of its nearest ancestor that exists in the file (a missing required field is placed
 * on the line where its record starts).
 */
export function locate(text: string, paths: readonly JsonPath[]): ((path: JsonPath) => number | undefined) {
  const wanted = new Set<string>();
  for (const p of paths) for (let k = p.length; k >= 0; k--) wanted.add(pathText(p.slice(0, k)));
  const lines = lineIndex(text, wanted);
  return (path) => {
    for (let k = path.length; k >= 0; k--) {
      const line = lines.get(pathText(path.slice(0, k)));
      if (line !== undefined) return line;
    }
    return undefined;
  };
}

/** Where JSON.parse stopped, as a line number, from the engine's message (position or line/column). */
export function syntaxErrorLine(text: string, message: string): number | undefined {
  const byLine = /line (\d+)/.exec(message);
  if (byLine) return Number(byLine[1]);
  const byPos = /position (\d+)/.exec(message);
  if (!byPos) return undefined;
  const pos = Math.min(Number(byPos[1]), text.length);
  let line = 1;
  for (let k = 0; k < pos; k++) if (text.charCodeAt(k) === 10) line++;
  return line;
}
