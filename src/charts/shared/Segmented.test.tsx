// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Segmented } from './Segmented';

afterEach(cleanup);

describe('Segmented', () => {
  it('is not rendered again when its parent renders with the same choices, and calls the latest handler', async () => {
    const calls: string[] = [];
    const view = (round: number) => (
      <Segmented
        label="Group by"
        // New arrays and a new closure each time, as a chart's controls make on every filter change.
        choices={['companies', 'teams'].map((value) => ({ value, label: value }))}
        value="companies"
        onChange={(value) => calls.push(`${round}:${value}`)}
      />
    );
    const { rerender, container } = render(view(1));
    const writes: string[] = [];
    const observer = new MutationObserver((list) =>
      list.forEach((m) => writes.push(m.attributeName ?? m.type)),
    );
    observer.observe(container, { subtree: true, attributes: true, childList: true });
    rerender(view(2));
    rerender(view(3));
    await act(() => Promise.resolve());
    observer.disconnect();
    expect(writes).toEqual([]);
    fireEvent.click(screen.getByRole('radio', { name: 'teams' }));
    expect(calls).toEqual(['3:teams']);
  });

  it('shows a new value', () => {
    const { rerender } = render(
      <Segmented
        label="Metric"
        choices={[
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ]}
        value="a"
        onChange={() => undefined}
      />,
    );
    rerender(
      <Segmented
        label="Metric"
        choices={[
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ]}
        value="b"
        onChange={() => undefined}
      />,
    );
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'B' }).checked).toBe(true);
  });
});
