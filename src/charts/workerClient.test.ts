/**
 * The chart worker's client, with a stand-in worker: answers reach the request that asked, data files cross once
 * per worker, and a worker that fails rejects what it was doing and is replaced on the next request (so Retry
 * works) — the failures the panels report.
 */
import { describe, expect, it, vi } from 'vitest';
import { lightTheme } from './shared/theme';
import { ALL_CHARTS } from './index';
import { ChartWorkerClient, ChartWorkerError, SLICE, type WorkerRequest } from './workerClient';
import { loadDataFiles } from '../test/fixtures';
import { INITIAL_VIEW } from '../state/view';

/** A worker that records what it is sent and answers render requests when told to. */
class FakeWorker extends EventTarget {
  sent: WorkerRequest[] = [];
  terminated = false;
  postMessage(message: WorkerRequest) {
    this.sent.push(structuredClone(message));
  }
  terminate() {
    this.terminated = true;
  }
  /** Answers the last render request. */
  answer(reply: (id: number) => unknown) {
    const request = this.sent.filter((m) => m.type === 'render').at(-1)!;
    this.dispatchEvent(new MessageEvent('message', { data: reply((request as { id: number }).id) }));
  }
  fail(message: string) {
    // Node has no ErrorEvent: an Event with the message a worker's error event carries.
    this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message }));
  }
}

const files = loadDataFiles();
const spec = ALL_CHARTS[0]!;
const env = { size: { width: 720, height: 460 }, theme: lightTheme, lang: 'en' as const };

function client() {
  const workers: FakeWorker[] = [];
  const c = new ChartWorkerClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w as unknown as Worker;
  });
  return { c, workers };
}

describe('ChartWorkerClient', () => {
  it('answers each request with its own reply, and sends each data file once', async () => {
    const { c, workers } = client();
    const first = c.render(spec, files, INITIAL_VIEW, env);
    workers[0]!.answer((id) => ({ id, chart: { id: 'first' } }));
    await expect(first).resolves.toEqual({ id: 'first' });
    const second = c.render(spec, files, { ...INITIAL_VIEW, companies: ['google'] }, env);
    workers[0]!.answer((id) => ({ id, chart: { id: 'second' } }));
    await expect(second).resolves.toEqual({ id: 'second' });
    const sentFiles = workers[0]!.sent
      .filter((m) => m.type === 'file')
      .map((m) => m.type === 'file' && m.name);
    expect(sentFiles.sort()).toEqual(Object.keys(files).sort());
    expect(workers).toHaveLength(1);
  });

  it('rejects with the worker’s message when a render fails, and keeps the worker', async () => {
    const { c, workers } = client();
    const request = c.render(spec, files, INITIAL_VIEW, env);
    workers[0]!.answer((id) => ({ id, error: 'layout failed' }));
    await expect(request).rejects.toThrow(new ChartWorkerError('layout failed'));
    expect(workers[0]!.terminated).toBe(false);
  });

  it('rejects everything waiting when the worker fails, then starts a fresh one that gets the data again', async () => {
    const { c, workers } = client();
    const a = c.render(spec, files, INITIAL_VIEW, env);
    const b = c.render(spec, files, INITIAL_VIEW, env);
    workers[0]!.fail('Uncaught ReferenceError: window is not defined');
    await expect(a).rejects.toThrow(/chart worker failed: Uncaught ReferenceError: window is not defined/);
    await expect(b).rejects.toThrow(ChartWorkerError);
    expect(workers[0]!.terminated).toBe(true);
    // Retry: a new worker, which is sent the data files anew.
    const retry = c.render(spec, files, INITIAL_VIEW, env);
    expect(workers).toHaveLength(2);
    expect(workers[1]!.sent.filter((m) => m.type === 'file')).toHaveLength(Object.keys(files).length);
    workers[1]!.answer((id) => ({ id, chart: { id: 'again' } }));
    await expect(retry).resolves.toEqual({ id: 'again' });
  });

  it('sends a large file in slices, one task each, and asks for the chart only after the last', async () => {
    const { c, workers } = client();
    const moves = Array.from({ length: 2 * SLICE + 1 }, (_, i) => ({ ...files.moves[0]!, id: `m${i}` }));
    const big = { ...files, moves };
    const first = c.render(spec, big, INITIAL_VIEW, env);
    // A second chart of the same data, asked while the slices cross, waits for them too; nothing is sent twice.
    const second = c.render(spec, big, { ...INITIAL_VIEW, companies: ['google'] }, env);
    const sent = () => workers[0]!.sent;
    // The first slice goes at once; the rest after the page has had a turn.
    expect(sent().filter((m) => m.type === 'file' && m.name === 'moves')).toHaveLength(1);
    expect(sent().some((m) => m.type === 'render')).toBe(false);
    await vi.waitFor(() => expect(sent().filter((m) => m.type === 'render')).toHaveLength(2));
    const slices = sent().filter(
      (m): m is Extract<WorkerRequest, { type: 'file' }> => m.type === 'file' && m.name === 'moves',
    );
    expect(slices.map((m) => [(m.value as unknown[]).length, m.more ?? false])).toEqual([
      [SLICE, false],
      [SLICE, true],
      [1, true],
    ]);
    const kinds = sent().map((m) => m.type);
    expect(kinds.lastIndexOf('file')).toBeLessThan(kinds.indexOf('render'));
    expect(kinds.filter((k) => k === 'render')).toHaveLength(2);
    workers[0]!.answer((id) => ({ id, chart: { id: 'second' } }));
    await expect(second).resolves.toEqual({ id: 'second' });
    void first;
  });

  it('a request whose data was still crossing when the worker stopped is rejected, not left waiting', async () => {
    const { c } = client();
    const moves = Array.from({ length: SLICE + 1 }, (_, i) => ({ ...files.moves[0]!, id: `m${i}` }));
    const request = c.render(spec, { ...files, moves }, INITIAL_VIEW, env);
    c.terminate('reloaded');
    await expect(request).rejects.toThrow(ChartWorkerError);
  });

  it('terminating (a hot reload) rejects what is waiting; the next request starts a new worker', async () => {
    const { c, workers } = client();
    const waiting = c.render(spec, files, INITIAL_VIEW, env);
    c.terminate('reloaded');
    await expect(waiting).rejects.toThrow('reloaded');
    void c.render(spec, files, INITIAL_VIEW, env);
    expect(workers).toHaveLength(2);
  });
});
