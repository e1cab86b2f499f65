/**
 * The Open data dialog: the reader's own flows, as people have them — a file chosen or dropped anywhere on the page,
 * or a table pasted (cells from a spreadsheet, CSV or JSON text). The import worker reads it off the main thread,
 * with a progress bar for large files, and the dialog shows what it found — how the table is written, its shape
 * (an edge list, a career history or a path table), which column plays which part, the first rows with their
 * types — all changeable, with the problems by row and column. Opening a plain `source,target,value` file is one
 * click ("Use this data") after choosing it. How a file was read is remembered for it, and kept with the data in
 * IndexedDB. Loaded on demand by `OpenDataButton`.
 */
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { ImportClient, ImportSummary } from '../data/import/importClient';
import type { Mapping, Shape, Slot } from '../data/import/mapping';
import type { ImportChoices } from '../data/ownData';
import { useLocale } from '../i18n/useLocale';
import { useSwitchDataset } from './OpenData';

/** Problems shown at once; the rest are counted. */
const SHOWN_PROBLEMS = 200;

/** Where the choices made for a file are remembered: its name and its first line (its columns). */
const rememberKey = (name: string, text: string) =>
  `ai-talent-flows.import:${name}|${text.slice(0, text.indexOf('\n') === -1 ? 200 : Math.min(200, text.indexOf('\n'))).trim()}`;

function remembered(name: string, text: string): Partial<ImportChoices> {
  try {
    const raw = localStorage.getItem(rememberKey(name, text));
    return raw ? (JSON.parse(raw) as ImportChoices) : {};
  } catch {
    return {};
  }
}

function remember(name: string, text: string, choices: ImportChoices): void {
  try {
    localStorage.setItem(rememberKey(name, text), JSON.stringify(choices));
  } catch {
    // Storage refused: the file is read afresh next time, which is only a guess again.
  }
}

/** What the dialog is doing. */
type Stage =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; share: number }
  | { kind: 'read'; name: string; text: string; summary: ImportSummary }
  | { kind: 'failed'; message: string };

/**
 * What opened the dialog: the header button (no file) or a file dropped on the page. `id` grows with each request,
 * so the same file dropped twice is read twice.
 */
export interface OpenRequest {
  id: number;
  file?: File;
}

/**
 * The import worker, started on first use (its code loads then) and kept for the page: the dialog's content is
 * mounted afresh for each opening, and a dataset being taken is still being stored by the worker as the dialog
 * closes.
 */
let importer: Promise<ImportClient> | null = null;
function importClient(): Promise<ImportClient> {
  importer ??= import('../data/import/importClient').then(
    ({ ImportClient }) => new ImportClient(),
    (error: unknown) => {
      // Not kept: the next try loads the code again.
      importer = null;
      throw error;
    },
  );
  return importer;
}

/**
 * The Open data dialog's content, loaded on first use (it and the import code are not part of the first view's
 * script), in the `dialog` that `OpenDataButton` has opened; mounted afresh for each `request`, reading the
 * dropped file if there is one.
 */
export function OpenDataDialog({
  request,
  dialog,
}: {
  request: OpenRequest;
  dialog: RefObject<HTMLDialogElement | null>;
}) {
  const { t } = useLocale();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState('');
  const inputId = useId();
  const switchDataset = useSwitchDataset();

  const client = importClient;

  const readText = async (name: string, text: string) => {
    if (!dialog.current?.open) dialog.current?.showModal();
    setStage({ kind: 'reading', name, share: 0 });
    try {
      const summary = await (
        await client()
      ).read(name, text, remembered(name, text), (share) => setStage({ kind: 'reading', name, share }));
      setStage({ kind: 'read', name, text, summary });
    } catch (e) {
      setStage({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const readFile = async (file: File) => {
    if (!dialog.current?.open) dialog.current?.showModal();
    setStage({ kind: 'reading', name: file.name, share: 0 });
    try {
      const { decodeFile } = await import('../data/ownData');
      await readText(file.name, decodeFile(file.name, await file.arrayBuffer()));
    } catch (e) {
      setStage({
        kind: 'failed',
        message:
          e instanceof Error && e.name === 'OwnDataError'
            ? e.message
            : t('ownData.unreadable', { name: file.name }),
      });
    }
  };

  const reread = async (choices: Partial<ImportChoices>) => {
    if (stage.kind !== 'read') return;
    const { name, text } = stage;
    try {
      const summary = await (await client()).reread(choices);
      setStage({ kind: 'read', name, text, summary });
    } catch (e) {
      setStage({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };

  // A dropped file is read straight away (once, though StrictMode runs effects twice).
  const handled = useRef(0);
  useEffect(() => {
    if (handled.current === request.id) return;
    handled.current = request.id;
    const file = request.file;
    // The read starts after this commit: it sets the dialog's stage as it goes.
    if (file) queueMicrotask(() => void readFile(file));
  });

  // Closing unmounts this content (the button's dialog forgets its request): the next opening starts afresh.
  const close = () => dialog.current?.close();
  const accept = async () => {
    if (stage.kind !== 'read') return;
    const { summary, name, text } = stage;
    const { dataset, stored } = await (await client()).take(summary);
    if (summary.table)
      remember(name, text, { settings: summary.table.settings, mapping: summary.table.mapping });
    close();
    await switchDataset(dataset, stored);
  };

  return (
    <>
      <p>{t('ownData.explain')}</p>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragEnter={() => setDragging(true)}
        onDragLeave={() => setDragging(false)}
        onDrop={() => setDragging(false)}
      >
        <label htmlFor={inputId}>{t('ownData.choose')}</label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.tsv,.txt,.json,text/csv,text/tab-separated-values,text/plain,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void readFile(file);
          }}
        />
        <p>{t('ownData.orDrop')}</p>
        <label className="paste">
          {t('ownData.pasteLabel')}
          <textarea
            rows={3}
            value={pasted}
            spellCheck={false}
            placeholder={t('ownData.pastePlaceholder')}
            onChange={(e) => setPasted(e.target.value)}
            // Cells pasted from a spreadsheet are read at once; typed text waits for the button.
            onPaste={(e) => {
              const text = e.clipboardData.getData('text');
              if (!text.trim()) return;
              e.preventDefault();
              setPasted(text);
              void readText(t('ownData.pastedName'), text);
            }}
          />
        </label>
        <button
          type="button"
          disabled={!pasted.trim()}
          onClick={() => void readText(t('ownData.pastedName'), pasted)}
        >
          {t('ownData.readPasted')}
        </button>
      </div>
      {stage.kind === 'reading' && (
        <div className="import-progress" role="status">
          <label>
            {t('ownData.reading', { name: stage.name, percent: Math.round(stage.share * 100) })}
            <progress max={1} value={stage.share} />
          </label>
        </div>
      )}
      {stage.kind === 'failed' && (
        <p role="alert" className="panel-error">
          {stage.message}
        </p>
      )}
      {stage.kind === 'read' && <ImportReport summary={stage.summary} onChange={(c) => void reread(c)} />}
      <div className="open-data-actions">
        {stage.kind === 'read' && stage.summary.counts.moves > 0 && (
          <button type="button" className="primary" onClick={() => void accept()}>
            {stage.summary.problemCount
              ? t('ownData.useValid', { count: stage.summary.valid })
              : t('ownData.use', { count: stage.summary.valid })}
          </button>
        )}
        <button type="button" onClick={close}>
          {t('ownData.cancel')}
        </button>
      </div>
    </>
  );
}

/** What was read: the counts, how it was read and mapped (for a table, changeable), notes and problems. */
function ImportReport({
  summary,
  onChange,
}: {
  summary: ImportSummary;
  onChange: (choices: Partial<ImportChoices>) => void;
}) {
  const { t, fmt } = useLocale();
  const { problems } = summary;
  const table = summary.dataset.kind === 'csv' || summary.table;
  return (
    <div className="own-data-report">
      <p role="status">
        {t('ownData.summary', {
          name: summary.dataset.name,
          rows: t('ownData.rowCount', { count: summary.total, n: fmt.number(summary.total) }),
          valid: fmt.number(summary.valid),
          problems: t('ownData.problemCount', {
            count: summary.problemCount,
            n: fmt.number(summary.problemCount),
          }),
        })}
      </p>
      {summary.counts.moves === 0 && (
        <p role="alert">{t(summary.problemCount ? 'ownData.noMoves' : 'ownData.noMovesAsRead')}</p>
      )}
      {summary.table && <TableChoices summary={summary} onChange={onChange} />}
      {summary.notes.length > 0 && (
        <ul className="import-notes">
          {summary.notes.map((note) => (
            <li key={note.key}>{t(note.key, note.values)}</li>
          ))}
        </ul>
      )}
      {problems.length > 0 && (
        <div className="data-table" tabIndex={0} role="group" aria-label={t('ownData.problems')}>
          <table aria-label={t('ownData.problems')}>
            <caption>{t('ownData.problems')}</caption>
            <thead>
              <tr>
                <th scope="col">{table ? t('ownData.row') : t('ownData.record')}</th>
                <th scope="col">{table ? t('ownData.column') : t('ownData.field')}</th>
                <th scope="col">{t('ownData.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
                <tr key={i}>
                  <th scope="row">{p.row}</th>
                  <td>{p.column}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {summary.problemCount > SHOWN_PROBLEMS && (
            <p>{t('panel.andMore', { count: summary.problemCount - SHOWN_PROBLEMS })}</p>
          )}
        </div>
      )}
    </div>
  );
}

/** The parts of each shape, in the order the dialog offers them. */
const SHAPE_SLOTS: Record<Shape, readonly Slot[]> = {
  edges: ['source', 'target', 'value', 'date', 'person', 'label'],
  careers: ['person', 'node', 'date', 'label'],
  paths: ['person'],
};

/** How a table was read and mapped, each choice a control; and the first rows, with each column's type and part. */
function TableChoices({
  summary,
  onChange,
}: {
  summary: ImportSummary;
  onChange: (choices: Partial<ImportChoices>) => void;
}) {
  const { t, fmt } = useLocale();
  const id = useId();
  const { settings, mapping, columns, rows } = summary.table!;
  const set = (patch: Partial<typeof settings>) => onChange({ settings: { ...settings, ...patch }, mapping });
  const map = (next: Mapping) => onChange({ settings, mapping: next });
  const setSlot = (slot: Slot, value: string) => {
    const slots = { ...mapping.slots };
    if (value === '') delete slots[slot];
    else slots[slot] = Number(value);
    map({ ...mapping, slots });
  };
  const partOf = (index: number): string | null => {
    const slot = (Object.entries(mapping.slots) as [Slot, number][]).find(([, i]) => i === index)?.[0];
    if (slot) return t(`ownData.slot.${slot}`);
    if (mapping.stages.includes(index)) return t('ownData.stage', { n: mapping.stages.indexOf(index) + 1 });
    return mapping.cite === index ? t('ownData.slot.cite') : null;
  };
  return (
    <div className="import-choices">
      <p className="import-detected">
        {t('ownData.detected', {
          shape: t(`ownData.shape.${mapping.shape}`),
          rows: t('ownData.rowCount', { count: summary.total, n: fmt.number(summary.total) }),
          columns: t('ownData.columnCount', { count: columns.length, n: fmt.number(columns.length) }),
        })}
        {summary.dataset.import?.unit !== undefined && summary.dataset.import.unit !== '' && (
          <> {t('ownData.unit', { unit: summary.dataset.import.unit })}</>
        )}
      </p>
      <fieldset className="import-settings">
        <legend>{t('ownData.settings')}</legend>
        <label>
          {t('ownData.separator')}
          <select
            value={settings.delimiter}
            onChange={(e) => set({ delimiter: e.target.value as typeof settings.delimiter })}
          >
            {([',', ';', '\t', '|'] as const).map((d) => (
              <option key={d} value={d}>
                {t(
                  `ownData.sep.${d === ',' ? 'comma' : d === ';' ? 'semicolon' : d === '\t' ? 'tab' : 'pipe'}`,
                )}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.header}
            onChange={(e) => set({ header: e.target.checked })}
          />
          {t('ownData.header')}
        </label>
        <label>
          {t('ownData.decimal')}
          <select value={settings.decimal} onChange={(e) => set({ decimal: e.target.value as '.' | ',' })}>
            <option value=".">{t('ownData.decimalPoint')}</option>
            <option value=",">{t('ownData.decimalComma')}</option>
          </select>
        </label>
        {columns.some((c) => c.type === 'date') && (
          <label>
            {t('ownData.dates')}
            <select
              value={settings.dayFirst ? 'day' : 'month'}
              onChange={(e) => set({ dayFirst: e.target.value === 'day' })}
            >
              <option value="day">{t('ownData.dayFirst')}</option>
              <option value="month">{t('ownData.monthFirst')}</option>
            </select>
          </label>
        )}
      </fieldset>
      <fieldset className="import-mapping">
        <legend>{t('ownData.mapping')}</legend>
        <label>
          {t('ownData.shapeLabel')}
          <select value={mapping.shape} onChange={(e) => map({ ...mapping, shape: e.target.value as Shape })}>
            {(['edges', 'careers', 'paths'] as const).map((shape) => (
              <option key={shape} value={shape}>
                {t(`ownData.shape.${shape}`)}
              </option>
            ))}
          </select>
        </label>
        {SHAPE_SLOTS[mapping.shape].map((slot) => (
          <label key={slot}>
            {t(`ownData.slot.${slot}`)}
            <select value={mapping.slots[slot] ?? ''} onChange={(e) => setSlot(slot, e.target.value)}>
              <option value="">{t('ownData.none')}</option>
              {columns.map((column, i) => (
                <option key={i} value={i}>
                  {column.name}
                </option>
              ))}
            </select>
          </label>
        ))}
        {mapping.shape === 'paths' && (
          <fieldset className="import-stages">
            <legend>{t('ownData.stages')}</legend>
            {columns.map((column, i) => (
              <label key={i}>
                <input
                  type="checkbox"
                  checked={mapping.stages.includes(i)}
                  onChange={(e) =>
                    map({
                      ...mapping,
                      stages: e.target.checked
                        ? [...mapping.stages, i].sort((a, b) => a - b)
                        : mapping.stages.filter((s) => s !== i),
                    })
                  }
                />
                {column.name}
              </label>
            ))}
          </fieldset>
        )}
      </fieldset>
      <div className="import-preview-scroll" tabIndex={0} role="group" aria-label={t('ownData.preview')}>
        <div
          className="import-preview"
          role="table"
          aria-label={t('ownData.preview')}
          aria-describedby={`${id}-types`}
        >
          <p id={`${id}-types`} className="sr-only">
            {t('ownData.previewHint')}
          </p>
          <div role="rowgroup">
            <div role="row">
              {columns.map((column, i) => (
                <span role="columnheader" key={i}>
                  <strong>{column.name}</strong>
                  <small>
                    {t(`ownData.type.${column.type}`)}
                    {partOf(i) && <> · {partOf(i)}</>}
                  </small>
                </span>
              ))}
            </div>
          </div>
          <div role="rowgroup">
            {rows.map((row, r) => (
              <div role="row" key={r}>
                {columns.map((_, c) => (
                  <span role="cell" key={c}>
                    {row[c] ?? ''}
                  </span>
                ))}
              </div>
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}
