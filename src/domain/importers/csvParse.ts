/** One CSV record with the file line it starts on (a quoted field may span lines). */
export interface CsvRow {
  line: number;
  cells: string[];
}

export type CsvParse = { ok: true; rows: CsvRow[] } | { ok: false; line: number; message: string };

/**
 * RFC 4180 CSV: comma separated, double-quoted fields with "" as an escaped quote, CRLF or LF line ends.
 * Written by hand (no dependency) and total: any input gives rows or a located error, never an exception.
 */
export function parseCsv(text: string): CsvParse {
  const rows: CsvRow[] = [];
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // Excel writes a byte-order mark
  const n = text.length;
  while (i < n) {
    const start = line;
    const cells: string[] = [];
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        const openedOn = line;
        i++;
        for (;;) {
          if (i >= n) return { ok: false, line: openedOn, message: 'A quoted field is never closed (missing ")' };
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') { cell += '"'; i += 2; continue; }
            i++;
            break;
          }
          if (c === '\n') line++;
          cell += c;
          i++;
        }
        if (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          return { ok: false, line, message: 'Unexpected text after a closing quote; quote the whole field and double inner quotes ("")' };
        }
      } else {
        const from = i;
        while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') i++;
        cell = text.slice(from, i);
        if (cell.includes('"')) return { ok: false, line, message: 'A quote inside an unquoted field; quote the field and double inner quotes ("")' };
      }
      cells.push(cell);
      if (text[i] === ',') { i++; continue; }
      break;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') { i++; line++; }
    // Blank lines (a trailing newline, spacing between blocks) are not records.
    if (!(cells.length === 1 && cells[0]!.trim() === '')) rows.push({ line: start, cells });
  }
  return { ok: true, rows };
}
