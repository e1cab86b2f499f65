/**
 * "Open data…": the reader's own CSV of moves or JSON dataset, chosen with a file picker or dropped on the page.
 * The file is read and checked before anything changes; problems are listed by row and column, and the reader
 * decides whether to go on with the valid rows. The dataset is kept in IndexedDB, and the article's data is one
 * click away (the banner this module also renders).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import type { OwnDataResult } from '../data/ownData';
import { saveOwnData } from '../data/ownDataStorage';
import { useLocale } from '../i18n/useLocale';
import { useAppStore } from '../state/store';

/** Problems shown at once; the rest are counted. */
const SHOWN_PROBLEMS = 200;

/** Switches the views to `dataset` (null: the article's), stores the choice, and reloads every data query. */
export function useSwitchDataset() {
  const client = useQueryClient();
  const showDataset = useAppStore((s) => s.showDataset);
  const addNotices = useAppStore((s) => s.addNotices);
  return async (result: OwnDataResult['dataset'] | null) => {
    const kept = result ?? useAppStore.getState().ownData;
    showDataset(result);
    await client.resetQueries({ queryKey: ['data'] });
    const saved = await saveOwnData(kept ? { dataset: kept, active: result !== null } : null);
    if (!saved) addNotices([{ key: 'ownData.notSaved' }]);
  };
}

/** The header button, and the dialog it opens; a file dropped anywhere on the page opens the dialog with it. */
export function OpenDataButton() {
  const { t } = useLocale();
  const dialog = useRef<HTMLDialogElement>(null);
  const [result, setResult] = useState<OwnDataResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  const switchDataset = useSwitchDataset();

  const read = async (file: File) => {
    dialog.current?.showModal();
    setReading(true);
    setError(null);
    setResult(null);
    try {
      // The reader (and the CSV parser and schema with it) loads when a file is opened.
      const { decodeFile, readOwnData } = await import('../data/ownData');
      setResult(await readOwnData(file.name, decodeFile(file.name, await file.arrayBuffer())));
    } catch (e) {
      setError(
        e instanceof Error && e.name === 'OwnDataError'
          ? e.message
          : t('ownData.unreadable', { name: file.name }),
      );
    } finally {
      setReading(false);
    }
  };

  // Dropping a file anywhere opens it; the page must cancel dragover for the drop to reach it.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      void read(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  });

  const close = () => {
    dialog.current?.close();
    setResult(null);
    setError(null);
  };
  const accept = async () => {
    if (!result) return;
    close();
    await switchDataset(result.dataset);
  };

  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        {t('ownData.open')}
      </button>
      <dialog ref={dialog} className="open-data" aria-labelledby={`${inputId}-title`} onClose={close}>
        <h2 id={`${inputId}-title`}>{t('ownData.title')}</h2>
        <p>{t('ownData.explain')}</p>
        <p>
          <code>person,from,to,date,count,source</code>
        </p>
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
            accept=".csv,.json,text/csv,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void read(file);
            }}
          />
          <p>{t('ownData.orDrop')}</p>
        </div>
        {reading && <p role="status">{t('ownData.reading')}</p>}
        {error && (
          <p role="alert" className="panel-error">
            {error}
          </p>
        )}
        {result && <OwnDataReport result={result} />}
        <div className="open-data-actions">
          {result && result.dataset.files.moves.length > 0 && (
            <button type="button" className="primary" onClick={() => void accept()}>
              {result.problems.length
                ? t('ownData.useValid', { count: result.valid })
                : t('ownData.use', { count: result.valid })}
            </button>
          )}
          <button type="button" onClick={close}>
            {t('ownData.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}

/** The counts and the problems of a file just read, as a table (row, column, problem). */
function OwnDataReport({ result }: { result: OwnDataResult }) {
  const { t } = useLocale();
  const { problems } = result;
  return (
    <div className="own-data-report">
      <p role="status">
        {t('ownData.summary', {
          name: result.dataset.name,
          total: result.total,
          valid: result.valid,
          count: problems.length,
        })}
      </p>
      {result.dataset.files.moves.length === 0 && <p role="alert">{t('ownData.noMoves')}</p>}
      {problems.length > 0 && (
        <div className="data-table" tabIndex={0} role="group" aria-label={t('ownData.problems')}>
          <table>
            <caption>{t('ownData.problems')}</caption>
            <thead>
              <tr>
                <th scope="col">{result.dataset.kind === 'csv' ? t('ownData.row') : t('ownData.record')}</th>
                <th scope="col">
                  {result.dataset.kind === 'csv' ? t('ownData.column') : t('ownData.field')}
                </th>
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
          {problems.length > SHOWN_PROBLEMS && (
            <p>{t('panel.andMore', { count: problems.length - SHOWN_PROBLEMS })}</p>
          )}
        </div>
      )}
    </div>
  );
}

/** Which dataset is shown, with the way back: to the article's data, or to one's own. */
export function DataSourceBanner() {
  const { t, fmt } = useLocale();
  const dataSource = useAppStore((s) => s.dataSource);
  const ownData = useAppStore((s) => s.ownData);
  const switchDataset = useSwitchDataset();
  if (!ownData) return null;
  return dataSource === 'own' ? (
    <div className="data-source own" role="status">
      <span>
        {t('ownData.showing', {
          name: ownData.name,
          count: ownData.files.moves.length,
          n: fmt.number(ownData.files.moves.length),
        })}
      </span>
      <button type="button" onClick={() => void switchDataset(null)}>
        {t('ownData.backToArticle')}
      </button>
    </div>
  ) : (
    <div className="data-source">
      <button type="button" onClick={() => void switchDataset(ownData)}>
        {t('ownData.backToOwn', { name: ownData.name })}
      </button>
    </div>
  );
}

/** The name of the reader's file while their dataset is shown (for credit lines); undefined for the article's. */
export function useOwnDataName(): string | undefined {
  return useAppStore((s) => (s.dataSource === 'own' ? s.ownData?.name : undefined));
}
