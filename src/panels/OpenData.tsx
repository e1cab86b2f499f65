/**
 * "Open data…": the header button that opens the reader's own flows (the dialog itself, `OpenDataDialog`, loads on
 * first use), the switch between datasets, and the banner saying which dataset is shown with the way back.
 */
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { OwnDataset } from '../data/ownData';
import { saveOwnData, saveOwnDataActive } from '../data/ownDataStorage';
import { useLocale } from '../i18n/useLocale';
import { useAppStore } from '../state/store';
import type { OpenRequest } from './OpenDataDialog';

const OpenDataDialog = lazy(() => import('./OpenDataDialog').then((m) => ({ default: m.OpenDataDialog })));

/**
 * Switches the views to `dataset` (null: the article's) and reloads every data query. A dataset just read is
 * stored by the import worker (`stored`); switching back and forth stores only which one is shown.
 */
export function useSwitchDataset() {
  const client = useQueryClient();
  const showDataset = useAppStore((s) => s.showDataset);
  const addNotices = useAppStore((s) => s.addNotices);
  return async (dataset: OwnDataset | null, stored?: Promise<boolean>) => {
    const kept = dataset ?? useAppStore.getState().ownData;
    // Stored before it is shown: a reload right after the switch finds what the page says it shows.
    const saved = stored
      ? await stored
      : kept?.checked
        ? await saveOwnDataActive(dataset !== null)
        : await saveOwnData(kept ? { dataset: kept, active: dataset !== null } : null);
    showDataset(dataset);
    await client.resetQueries({ queryKey: ['data'] });
    if (!saved) addNotices([{ key: 'ownData.notSaved' }]);
  };
}

/**
 * The header button, and the dialog it opens; a file dropped anywhere on the page opens the dialog with it. The
 * `<dialog>` and its heading are here and open at once (a key pressed right after the click goes to the dialog);
 * its content (`OpenDataDialog`) loads on first use, afresh for each opening.
 */
export function OpenDataButton() {
  const { t } = useLocale();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [request, setRequest] = useState<OpenRequest | null>(null);
  const open = (file?: File) => {
    if (!dialog.current?.open) dialog.current?.showModal();
    setRequest((r) => ({ id: (r?.id ?? 0) + 1, file }));
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
      if (!dialog.current?.open) dialog.current?.showModal();
      setRequest((r) => ({ id: (r?.id ?? 0) + 1, file }));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <>
      <button type="button" onClick={() => open()}>
        {t('ownData.open')}
      </button>
      <dialog
        ref={dialog}
        className="open-data"
        aria-labelledby={`${id}-title`}
        onClose={() => setRequest(null)}
      >
        <h2 id={`${id}-title`}>{t('ownData.title')}</h2>
        {request && (
          <Suspense fallback={<p role="status">{t('panel.loadingPart')}</p>}>
            <OpenDataDialog key={request.id} request={request} dialog={dialog} />
          </Suspense>
        )}
      </dialog>
    </>
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
