// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from './PanelBoundary';

let broken = true;
function Fragile({ label }: { label: string }) {
  if (broken) throw new Error(`layout failed for ${label}`);
  return <p>{label} drawn</p>;
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('PanelBoundary', () => {
  it('shows the crash in its own panel with a Retry button, and leaves the other panels working', () => {
    // React reports caught errors on the console; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    broken = true;
    render(
      <main>
        <PanelBoundary id="sankey" title="Who moved where" className="panel">
          <Fragile label="sankey" />
        </PanelBoundary>
        <PanelBoundary id="timeline" title="Timeline" className="panel panel-wide">
          <p>timeline drawn</p>
        </PanelBoundary>
      </main>,
    );
    const crashed = screen.getByRole('region', { name: 'Who moved where' });
    const alert = within(crashed).getByRole('alert');
    expect(alert.textContent).toContain('This panel stopped working');
    expect(alert.textContent).toContain('layout failed for sankey');
    expect(screen.getByText('timeline drawn')).toBeTruthy();

    broken = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('sankey drawn')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
