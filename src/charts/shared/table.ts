/**
 * The data behind a chart as a table: column ids (the CSV header, and the catalog keys `table.<column>` the table
 * view translates) and rows of cells, one row per mark. Each chart's `table` builds one; the table view and the
 * CSV export read it.
 */

/** A table: column ids and rows of cells. Numbers stay numbers (CSV wants 10000000; the table view formats them). */
export interface Table {
  columns: string[];
  rows: (string | number)[][];
}

/** Article line numbers, once each and in order, as one cell: `12; 40; 135`. */
export const linesCell = (values: Iterable<number>): string =>
  [...new Set(values)].sort((a, b) => a - b).join('; ');

/** Distinct texts, in first-seen order, as one cell. */
export const joinedCell = (values: Iterable<string>): string => [...new Set(values)].join('; ');
