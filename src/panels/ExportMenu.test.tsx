// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_FILTER } from '../model/filters';
import { ExportMenu } from './ExportMenu';

afterEach(cleanup);

/** Opens or closes the menu as a click on its summary does: the `open` attribute, then its toggle event. */
function toggle(details: HTMLDetailsElement, open: boolean) {
  act(() => {
    details.open = open;
    details.dispatchEvent(new Event('toggle'));
  });
}

describe('ExportMenu', () => {
  it('makes its options when opened, not at every render, and keeps the choices across closing', () => {
    const { container } = render(
      <QueryClientProvider client={new QueryClient()}>
        <ExportMenu exporter={null} filter={NO_FILTER} slideOf="sankey" />
      </QueryClientProvider>,
    );
    const details = container.querySelector<HTMLDetailsElement>('details.export-more')!;
    // Closed: the summary only (a filter change re-renders every panel's menu).
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Download PNG' })).toBeNull();

    toggle(details, true);
    expect(screen.getAllByRole('radio').length).toBeGreaterThanOrEqual(8);
    const square = screen.getByRole('radio', { name: '1080×1080' });
    act(() => square.click());
    expect(screen.getByRole<HTMLInputElement>('radio', { name: '1080×1080' }).checked).toBe(true);

    toggle(details, false);
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    toggle(details, true);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: '1080×1080' }).checked).toBe(true);
  });
});
