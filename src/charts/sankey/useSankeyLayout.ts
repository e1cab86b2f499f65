/**
 * The Sankey's data → geometry, on the main thread for small data and in a Web Worker past
 * {@link WORKER_THRESHOLD} moves, where preparing and laying out would take longer than a frame. While the worker
 * works, the last geometry stays on screen; answers to superseded requests are dropped.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { sankeyPipeline, type SankeyInput, type SankeyOutput } from './sankeyLayout';

/** Moves past which the Sankey is laid out in a worker (the article has 27). */
export const WORKER_THRESHOLD = 2000;

/** The pipeline's output for `input`: at once for small data; for large data, when the worker answers (null until the first answer). */
export function useSankeyLayout(input: SankeyInput): {
  output: SankeyOutput | null;
  busy: boolean;
  error: string | null;
} {
  const large = input.moves.length > WORKER_THRESHOLD;
  const local = useMemo(() => (large ? null : sankeyPipeline(input)), [large, input]);
  const [answer, setAnswer] = useState<{
    input: SankeyInput;
    output: SankeyOutput | null;
    error: string | null;
  } | null>(null);
  const worker = useRef<Worker | null>(null);
  const next = useRef(0);

  useEffect(() => {
    if (!large) return undefined;
    worker.current ??= new Worker(new URL('./sankey.worker.ts', import.meta.url), { type: 'module' });
    const current = worker.current;
    const id = ++next.current;
    // Only this request's answer counts: the listener goes when the input changes, so an older answer (a filter
    // that is gone) is never drawn.
    const onMessage = (event: MessageEvent<{ id: number; output?: SankeyOutput; error?: string }>) => {
      if (event.data.id === id)
        setAnswer({ input, output: event.data.output ?? null, error: event.data.error ?? null });
    };
    current.addEventListener('message', onMessage);
    current.postMessage({ id, input });
    return () => current.removeEventListener('message', onMessage);
  }, [large, input]);

  useEffect(() => () => worker.current?.terminate(), []);

  if (!large) return { output: local, busy: false, error: null };
  return { output: answer?.output ?? null, busy: answer?.input !== input, error: answer?.error ?? null };
}
