// @vitest-environment jsdom
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSize } from './useSize';

/** A ResizeObserver the test drives: `resize` calls every observer back with a border box. */
class FakeObserver {
  static all: FakeObserver[] = [];
  constructor(private readonly callback: ResizeObserverCallback) {
    FakeObserver.all.push(this);
  }
  observe() {}
  disconnect() {}
  static resize(inlineSize: number, blockSize: number) {
    for (const o of FakeObserver.all)
      o.callback(
        [{ borderBoxSize: [{ inlineSize, blockSize }] } as unknown as ResizeObserverEntry],
        o as never,
      );
  }
}

afterEach(() => {
  cleanup();
  FakeObserver.all = [];
  vi.unstubAllGlobals();
});

function Probe({ track, onRender }: { track: 'both' | 'width'; onRender: (w: number, h: number) => void }) {
  const [ref, size] = useSize<HTMLDivElement>(track);
  onRender(size.width, size.height);
  return <div ref={ref} />;
}

describe('useSize', () => {
  it('with "width", a change of height alone does not render again; a change of width does', () => {
    vi.stubGlobal('ResizeObserver', FakeObserver);
    const renders: [number, number][] = [];
    render(<Probe track="width" onRender={(w, h) => renders.push([w, h])} />);
    act(() => FakeObserver.resize(800, 600));
    const settled = renders.length;
    expect(renders.at(-1)).toEqual([800, 0]);
    // A credit line that wraps to one line fewer: the panel is 8 px taller, the chart's width is the same.
    act(() => FakeObserver.resize(800, 608));
    expect(renders).toHaveLength(settled);
    act(() => FakeObserver.resize(640, 608));
    expect(renders.at(-1)).toEqual([640, 0]);
  });

  it('with "width", a change of height right after the component rendered for its own state does not render again', () => {
    // As in the app: a filter change (the store) renders the panel, then its new text changes the panel's height.
    // React's "same state, no render" shortcut does not apply to a component that has just rendered for an update
    // of its own, so the hook must not ask.
    vi.stubGlobal('ResizeObserver', FakeObserver);
    const renders: [number, number][] = [];
    function Bumped() {
      // The component measures and has state of its own, as a panel has the store's filter.
      const [ref, size] = useSize<HTMLDivElement>('width');
      const [n, setN] = useState(0);
      renders.push([size.width, size.height]);
      return (
        <div ref={ref}>
          <button type="button" onClick={() => setN(n + 1)}>
            {n}
          </button>
        </div>
      );
    }
    const { getByRole } = render(<Bumped />);
    act(() => FakeObserver.resize(800, 600));
    for (const height of [620, 590, 640]) {
      fireEvent.click(getByRole('button'));
      const settled = renders.length;
      act(() => FakeObserver.resize(800, height));
      expect(renders, `height ${height}`).toHaveLength(settled);
    }
  });

  it('with "both" (presentation mode, which fills the height), a change of height renders again', () => {
    vi.stubGlobal('ResizeObserver', FakeObserver);
    const renders: [number, number][] = [];
    render(<Probe track="both" onRender={(w, h) => renders.push([w, h])} />);
    act(() => FakeObserver.resize(800, 600));
    act(() => FakeObserver.resize(800, 608));
    expect(renders.at(-1)).toEqual([800, 608]);
  });
});
