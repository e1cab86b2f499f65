/**
 * "Export all": one ZIP with every registered chart as SVG (fonts embedded), PNG (2×) and CSV, and SOURCES.txt
 * naming the article and the sources it credits (the work is `exportAll.ts`, loaded on the first press). A chart
 * whose data failed or that has nothing under the filter is left out and named.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useContext, useState } from 'react';
import { ChartThemeContext } from '../charts/shared/theme';
import { errorText } from '../i18n/locale';
import { useLocale } from '../i18n/useLocale';

/** The button, and a status line for progress and errors. */
export function ExportAllButton() {
  const client = useQueryClient();
  const theme = useContext(ChartThemeContext);
  const locale = useLocale();
  const { t } = locale;
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    setStatus({ text: t('app.exportAllPreparing'), error: false });
    try {
      const { exportAllCharts } = await import('./exportAll');
      const { name, omitted } = await exportAllCharts(client, theme, locale);
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
      <button type="button" onClick={() => void run()} disabled={busy}>
        {t('app.exportAll')}
      </button>
      <span className={status?.error ? 'inline-error' : 'export-status'} role="status" aria-live="polite">
        {status?.text}
      </span>
    </div>
  );
}
