/**
 * CSV for spreadsheets: RFC 4180 quoting by papaparse, and a UTF-8 byte-order mark so Excel reads the Chinese in
 * names and notes correctly instead of guessing a legacy encoding.
 */
import Papa from 'papaparse';
import type { Table } from './tables';

/** The byte-order mark Excel looks for. */
export const BOM = '\uFEFF';

/** A table as CSV text, BOM first, CRLF line endings. */
export function toCsv(table: Table): string {
  return BOM + Papa.unparse({ fields: table.columns, data: table.rows }, { newline: '\r\n' });
}
