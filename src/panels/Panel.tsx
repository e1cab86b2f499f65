/**
 * The frame every view shares: a `<section>` named by its heading, the controls, the chart area (measured, so
 * the chart lays out for its size), and the source credit. It also renders the loading, error and empty states,
 * so each panel fails on its own.
 */
import { useId, type ReactNode, type Ref } from 'react';
import { DataValidationError, formatIssue } from '../data/validate';

/** What the chart area shows. */
export type PanelState =
  | { status: 'pending' }
  | { status: 'error'; error: Error; retry: () => void }
  | { status: 'empty'; onClear: () => void; message?: ReactNode; filtered: boolean }
  | { status: 'ready' };

/** Props of {@link Panel}. */
export interface PanelProps {
  /** The heading, and the section's accessible name. */
  title: string;
  /** Controls beside the heading (metric switch, Export SVG). */
  controls?: ReactNode;
  state: PanelState;
  /** The chart, shown when the state is ready. */
  children?: ReactNode;
  /** Ref to the chart area, for the panel's size hook (the chart lays out for the size it measures). */
  bodyRef?: Ref<HTMLDivElement>;
  /** Shown below the chart area whenever the data is loaded, even when the filter leaves the chart empty. */
  extra?: ReactNode;
  /** One-line source credit, naming 36Kr and the outside sources. */
  credit: ReactNode;
  className?: string;
}

/** A panel: heading, controls, chart or its state, and the credit line. */
export function Panel({ title, controls, state, children, credit, className, bodyRef, extra }: PanelProps) {
  const headingId = useId();
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={headingId}>
      <header className="panel-header">
        <h2 id={headingId}>{title}</h2>
        {controls && <div className="panel-controls">{controls}</div>}
      </header>
      <div className="panel-body" ref={bodyRef} aria-busy={state.status === 'pending'}>
        {state.status === 'pending' && <p className="panel-message">Loading data…</p>}
        {state.status === 'error' && <PanelError error={state.error} retry={state.retry} />}
        {state.status === 'empty' && (
          <div className="panel-message" role="status">
            {state.filtered ? <p>No data for this filter.</p> : <p>The data has nothing to draw here.</p>}
            {state.message}
            {state.filtered && (
              <button type="button" onClick={state.onClear}>
                Clear filters
              </button>
            )}
          </div>
        )}
        {state.status === 'ready' && children}
      </div>
      {(state.status === 'ready' || state.status === 'empty') && extra}
      <p className="credit">{credit}</p>
    </section>
  );
}

function PanelError({ error, retry }: { error: Error; retry: () => void }) {
  const lines =
    error instanceof DataValidationError ? error.issues.slice(0, 8).map(formatIssue) : [error.message];
  const more = error instanceof DataValidationError && error.issues.length > 8 ? error.issues.length - 8 : 0;
  return (
    <div className="panel-message panel-error" role="alert">
      <p>
        <strong>This chart could not be drawn: the data did not load.</strong>
      </p>
      <ul>
        {lines.map((line) => (
          <li key={line}>
            <code>{line}</code>
          </li>
        ))}
        {more > 0 && <li>…and {more} more</li>}
      </ul>
      <button type="button" onClick={retry}>
        Retry
      </button>
    </div>
  );
}
