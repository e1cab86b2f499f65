/**
 * The frame every view shares: a `<section>` named by its heading, the controls, the chart area (measured, so
 * the chart lays out for its size), and the source credit. It also renders the loading, error and empty states,
 * so each panel fails on its own; a text summary of the chart, announced politely when the filter changes; and
 * a "Show as table" view of the same data, with its provenance.
 */
import { useEffect, useId, useState, type ReactNode, type Ref } from 'react';
import type { Table } from '../charts/shared/table';
import { DataValidationError, formatIssue } from '../data/issues';
import { useLocale } from '../i18n/useLocale';
import { useAppStore } from '../state/store';

/** What the chart area shows. */
export type PanelState =
  | { status: 'pending' }
  /** `crashed`: the panel's own code failed (caught by its error boundary), not the data. */
  | { status: 'error'; error: Error; retry: () => void; crashed?: boolean }
  | { status: 'empty'; onClear: () => void; message?: ReactNode; filtered: boolean }
  | { status: 'ready' };

/** Props of {@link Panel}. */
export interface PanelProps {
  /** The chart it shows: the panel reports its state to the store under this id (the page's ready signal). */
  id: string;
  /** The heading, and the section's accessible name. */
  title: string;
  /** Controls beside the heading (metric switch, Export SVG). */
  controls?: ReactNode;
  state: PanelState;
  /** The chart, shown when the state is ready. */
  children?: ReactNode;
  /** The chart shown is being replaced (laid out in a worker): the area is marked busy meanwhile. */
  busy?: boolean;
  /** Where the chart is laid out (`data-drawn-in`): on the page, or in the chart worker for large data. */
  drawnIn?: 'page' | 'worker';
  /** Ref to the chart area, for the panel's size hook (the chart lays out for the size it measures). */
  bodyRef?: Ref<HTMLDivElement>;
  /** Shown below the chart area whenever the data is loaded, even when the filter leaves the chart empty. */
  extra?: ReactNode;
  /** One-line source credit, naming 36Kr and the outside sources. */
  credit: ReactNode;
  /** What the chart shows, in a sentence or two, for screen readers (announced when it changes). */
  summary?: string;
  /** The data behind the chart, for the table view (made when the reader asks for it). */
  table?: (() => Table) | undefined;
  className?: string;
}

/** A panel: heading, controls, chart (or its table) or its state, the summary and the credit line. */
export function Panel({
  id,
  title,
  controls,
  state,
  children,
  credit,
  className,
  bodyRef,
  extra,
  summary,
  table,
  busy = false,
  drawnIn,
}: PanelProps) {
  const headingId = useId();
  const { t } = useLocale();
  const [asTable, setAsTable] = useState(false);
  const showTable = asTable && state.status === 'ready' && table;
  const setPanelStatus = useAppStore((s) => s.setPanelStatus);
  // What the page waits on before it says it is ready (`<html data-ready>`), and tests with it.
  useEffect(
    () => setPanelStatus(id, { status: state.status, busy }),
    [id, state.status, busy, setPanelStatus],
  );
  useEffect(() => () => setPanelStatus(id, null), [id, setPanelStatus]);
  return (
    <section
      className={`panel ${className ?? ''}`}
      aria-labelledby={headingId}
      data-chart={id}
      data-status={busy ? 'busy' : state.status}
      data-drawn-in={drawnIn}
    >
      <header className="panel-header">
        <h2 id={headingId}>{title}</h2>
        <div className="panel-controls">
          {controls}
          {table && state.status === 'ready' && (
            <button type="button" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
              {asTable ? t('panel.showChart') : t('panel.showTable')}
            </button>
          )}
        </div>
      </header>
      <div className="panel-body" ref={bodyRef} aria-busy={state.status === 'pending' || busy}>
        {state.status === 'pending' && <p className="panel-message">{t('panel.loading')}</p>}
        {state.status === 'error' && (
          <PanelError error={state.error} retry={state.retry} crashed={state.crashed ?? false} />
        )}
        {state.status === 'empty' && (
          <div className="panel-message" role="status">
            <p>{state.filtered ? t('panel.noDataForFilter') : t('panel.nothingToDraw')}</p>
            {state.message}
            {state.filtered && (
              <button type="button" onClick={state.onClear}>
                {t('filter.clear')}
              </button>
            )}
          </div>
        )}
        {state.status === 'ready' &&
          (showTable ? (
            <DataTable
              table={table()}
              caption={t('panel.tableCaption', { title })}
              header={(c) => t(`table.${c}`)}
            />
          ) : (
            children
          ))}
      </div>
      {summary !== undefined && (
        <p className="sr-only" aria-live="polite" data-summary>
          {summary}
        </p>
      )}
      {(state.status === 'ready' || state.status === 'empty') && extra}
      <p className="credit">{credit}</p>
    </section>
  );
}

/** A table of a chart's data: a caption, column headers, and the first column as row headers. */
function DataTable({
  table,
  caption,
  header,
}: {
  table: Table;
  caption: string;
  header: (column: string) => string;
}) {
  // Numbers stay raw in the table's data (CSV wants 10000000) and are written for the reader here.
  const { number } = useLocale().fmt;
  // The table scrolls inside the panel, so keyboard users must be able to focus it to scroll it.
  return (
    <div className="data-table" tabIndex={0} role="group" aria-label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {header(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{typeof cell === 'number' ? number(cell) : cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PanelError({ error, retry, crashed }: { error: Error; retry: () => void; crashed: boolean }) {
  const { t } = useLocale();
  const lines =
    error instanceof DataValidationError ? error.issues.slice(0, 8).map(formatIssue) : [error.message];
  const more = error instanceof DataValidationError && error.issues.length > 8 ? error.issues.length - 8 : 0;
  return (
    <div className="panel-message panel-error" role="alert">
      <p>
        <strong>
          {crashed
            ? t('panel.crashed')
            : error instanceof DataValidationError
              ? t('panel.dataInvalid')
              : t('panel.couldNotDraw')}
        </strong>
      </p>
      <ul>
        {lines.map((line) => (
          <li key={line}>
            <code>{line}</code>
          </li>
        ))}
        {more > 0 && <li>{t('panel.andMore', { count: more })}</li>}
      </ul>
      <button type="button" onClick={retry}>
        {t('panel.retry')}
      </button>
    </div>
  );
}
