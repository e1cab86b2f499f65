/**
 * CSV for spreadsheets: RFC 4180 quoting by papaparse, and a UTF-8 byte-order mark so Excel reads the Chinese in
 * names and notes correctly instead of guessing a legacy encoding.
 */
import Papa from 'papaparse';
import type { Table } from '../charts/shared/table';

/** The byte-order mark Excel looks for. */
export const BOM = '\uFEFF';

/**
 * Cells a spreadsheet would run as a formula (`=HYPERLINK(…)`, `@SUM(…)`, `+cmd|…`): papaparse prefixes them with
 * `'` so a hostile name in the data stays text. A sign before a digit (`-12%`, `+25%`) is a number, not a formula.
 */
const FORMULA_START = /^(?:[=@\t\r]|[+-](?![\d.]))/;

/** A table as CSV text, BOM first, CRLF line endings, formulas defused. */
export function toCsv(table: Table): string {
  return (
    BOM +
    Papa.unparse(
      { fields: table.columns, data: table.rows },
      { newline: '\r\n', escapeFormulae: FORMULA_START },
    )
  );
}
