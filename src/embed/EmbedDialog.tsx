/**
 * "Embed…": the code that puts this chart (or all the linked charts) in another page — an iframe of the
 * chrome-less view with the reader's current filter, options, language and theme, and the few lines of script that
 * size it to its content. Loaded on first use from a chart's More… menu.
 */
import { useId, useState } from 'react';
import { chartById } from '../charts/index';
import { useLocale } from '../i18n/useLocale';
import { copyWithMessage, DialogFooter } from '../panels/DialogFooter';
import { useDialog } from '../panels/LazyDialog';
import { useAppStore } from '../state/store';
import { embedCode, embedUrl } from './embedCode';

/** The embed dialog's content for chart `chart`, in a {@link LazyDialog} the chart's menu opens. */
export function EmbedDialog({ chart }: { chart: string }) {
  const { t } = useLocale();
  const id = useId();
  const dialog = useDialog();
  const [which, setWhich] = useState<'one' | 'all'>('one');
  const [message, setMessage] = useState('');
  const ownData = useAppStore((s) => s.dataSource === 'own');
  const spec = chartById(chart);
  const title = which === 'one' && spec ? t(spec.titleKey) : t('app.title');
  const src = embedUrl(
    `${window.location.origin}${window.location.pathname}`,
    which === 'one' ? chart : 'all',
    window.location.search,
  );
  const code = embedCode(src, title);
  const copy = async () => setMessage(await copyWithMessage(code, t('embed.copied'), t));
  return (
    <>
      <p>{t('embed.explain')}</p>
      {ownData && <p className="panel-note">{t('embed.articleOnly')}</p>}
      <fieldset className="embed-which">
        <legend>{t('embed.what')}</legend>
        <label>
          <input
            type="radio"
            name={`${id}-which`}
            checked={which === 'one'}
            onChange={() => setWhich('one')}
          />
          {t('embed.one', { chart: spec ? t(spec.titleKey) : chart })}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-which`}
            checked={which === 'all'}
            onChange={() => setWhich('all')}
          />
          {t('embed.all')}
        </label>
      </fieldset>
      <label className="embed-code">
        {t('embed.code')}
        <textarea readOnly rows={6} value={code} spellCheck={false} onFocus={(e) => e.target.select()} />
      </label>
      <DialogFooter dialog={dialog} message={message} t={t}>
        <a href={src} target="_blank" rel="noopener">
          {t('embed.preview')}
        </a>
        <button type="button" className="primary" onClick={() => void copy()}>
          {t('embed.copy')}
        </button>
      </DialogFooter>
    </>
  );
}
