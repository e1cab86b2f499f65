/** The outside sources records rest on, for a chart's credit line. */

/**
 * Ids of the sources `records` (moves, figures) rest on, each once, in order of first use. Walks the records once
 * without building a list of every source of every record (100,000 moves of one's own data).
 */
export function sourcesOf(records: readonly { provenance: { sources: readonly string[] } }[]): string[] {
  const sources = new Set<string>();
  for (const r of records) for (const s of r.provenance.sources) sources.add(s);
  return [...sources];
}
