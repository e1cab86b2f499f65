/**
 * A Web Worker that runs the Sankey pipeline for large datasets, so preparing and laying out thousands of moves
 * never blocks input on the page. Messages: `{ id, input }` in, `{ id, output }` or `{ id, error }` out.
 */
import { sankeyPipeline, type SankeyInput } from './sankeyLayout';

self.onmessage = (event: MessageEvent<{ id: number; input: SankeyInput }>) => {
  const { id, input } = event.data;
  try {
    self.postMessage({ id, output: sankeyPipeline(input) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
