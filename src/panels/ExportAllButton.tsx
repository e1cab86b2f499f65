/**
 * "Export all": one ZIP with every panel as SVG (fonts embedded), PNG (2×) and CSV, and SOURCES.txt naming the
 * article and the sources it credits. It gathers the exporters panels register in the store.
 */
import { errorText } from '../i18n/locale';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { dataFileQuery } from '../data/queries';
import { exportFileName } from '../export/download';
import { buildOrgIndex } from '../model/orgIndex';
import { useAppStore } from '../state/store';
import { useLocale } from '../i18n/useLocale';
import { describeFilter } from './describe';
import { useFilter } from './useFilter';

const ORDER = ['sankey', 'bars', 'timeline'] as const;

/** The button, and a status line for progress and errors. */
export function ExportAllButton() {
  const exporters = useAppStore((s) => s.exporters);
  const filter = useFilter();
  const article = useQuery(dataFileQuery('article')).data;
  const sources = useQuery(dataFileQuery('sources')).data;
  const organizations = useQuery(dataFileQuery('organizations')).data;
  const locale = useLocale();
  const { t } = locale;
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const ready = ORDER.flatMap((id) => exporters[id] ?? []);
  const omitted = ORDER.filter((id) => !exporters[id]).map((id) => t(`${id}.title`));

  const run = async () => {
    setBusy(true);
    setStatus({ text: t('app.exportAllPreparing'), error: false });
    try {
      const pipeline = await import('../export/pipeline');
      const name = exportFileName('ai-talent-flows', filter, 'zip');
      const zip = await pipeline.exportAll(ready, {
        fileName: (base, extension) =>
          exportFileName(base, filter, extension, extension === 'png' ? '@2x' : ''),
        article,
        sources,
        filter: describeFilter(filter, buildOrgIndex(organizations ?? [])),
        omitted,
      });
      pipeline.download(name, zip);
      setStatus(
        omitted.length
          ? {
              text: t('app.savedWithout', { name, panels: omitted.join(t('app.listSeparator')) }),
              error: true,
            }
          : { text: t('app.saved', { name }), error: false },
      );
    } catch (error) {
      setStatus({ text: t('app.exportAllFailed', { message: errorText(error, { t }) }), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-all">
      <button type="button" onClick={() => void run()} disabled={busy || ready.length === 0}>
        {t('app.exportAll')}
      </button>
      <span className={status?.error ? 'inline-error' : 'export-status'} role="status" aria-live="polite">
        {status?.text}
      </span>
    </div>
  );
}
