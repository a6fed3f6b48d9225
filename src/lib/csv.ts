/**
 * CSV that is safe to open in a spreadsheet. Inventory strings are hostile: a text cell starting with = + - @
 * (or a tab/CR that some spreadsheets skip) would run as a formula, so it gets a leading single quote (OWASP's
 * CSV injection guidance). Quotes, commas and line breaks are escaped per RFC 4180.
 */
export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  // Numbers and booleans are our own values, not text from an export; a negative number stays a number.
  if (typeof value !== 'string') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n\t]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows (the header first) to CSV text with CRLF line ends, as RFC 4180 and spreadsheets expect. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Offers text as a file download through a temporary Blob link, without a server round trip. */
export function downloadText(fileName: string, parts: BlobPart[], type: string) {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** CSV with a byte-order mark, so spreadsheets read it as UTF-8 and names with accents survive. */
export function downloadCsv(fileName: string, csv: string) {
  downloadText(fileName, ['\uFEFF', csv], 'text/csv;charset=utf-8');
}
