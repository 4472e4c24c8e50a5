import { downloadBlob } from '../../components/download.ts';

/** One cell of a table: text, a number, or nothing. */
export type Cell = string | number | null;

/** A spreadsheet would run a cell starting with = + - @ as a formula: text cells get a leading '. */
function safe(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV (CRLF lines), headers first; numbers as plain numbers so spreadsheets can sum them. */
export function toCsv(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [headers, ...rows].map((row) => row.map((c) => quote(safe(c))).join(',')).join('\r\n') + '\r\n';
}

/** Saves text as a file from the browser (UTF-8 with a byte-order mark, so Excel reads Chinese right). */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(filename, new Blob(['\uFEFF', text], { type }));
}
