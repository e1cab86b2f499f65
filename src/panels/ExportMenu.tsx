/**
 * A panel's export controls: "Export SVG" at hand, and a menu with the size (panel, 1920×1080, 1080×1080), PNG at
 * 1×, 2× or 4×, CSV of the data, and copying to the clipboard. The work happens in `export/pipeline.ts`, loaded
 * on first use.
 */
import { lazy, useEffect, useId, useRef, useState } from 'react';
import { LazyDialog } from './LazyDialog';
import { exportFileName } from '../export/download';
import type { ChartExporter } from '../export/exporter';
import { SIZE_PRESETS, type SizePreset } from '../export/svgDocument';
import type { Filter } from '../model/filters';
import { useLocale } from '../i18n/useLocale';
import { catalogOf, errorText } from '../i18n/locale';
import { useQueryClient } from '@tanstack/react-query';
import { dataFileQuery } from '../data/queries';
import { DATA_FILE_NAMES } from '../data/shapes';
import { viewParams } from '../embed/embedCode';
import { darkTheme, lightTheme, type ChartTheme } from '../charts/shared/theme';
import { useAppStore } from '../state/store';

const SCALES = [1, 2, 4] as const;

// The embed code is asked for rarely: its dialog loads then.
const EmbedDialog = lazy(() => import('../embed/EmbedDialog').then((m) => ({ default: m.EmbedDialog })));

/** The export's colours: those shown (the page's theme, or the deck's high contrast), or light or dark. */
const COLORS: Record<'shown' | 'light' | 'dark', ChartTheme | undefined> = {
  shown: undefined,
  light: lightTheme,
  dark: darkTheme,
};
type Colors = keyof typeof COLORS;

/** The file name for a panel's export: filter, then size preset and PNG scale where they are not the default. */
export function panelFileName(
  exporter: Pick<ChartExporter, 'fileBase'>,
  filter: Filter,
  extension: string,
  preset: SizePreset,
  scale = 1,
) {
  const size = preset === 'panel' ? '' : `_${preset}`;
  const density = extension === 'png' ? `@${scale}x` : '';
  return exportFileName(exporter.fileBase, filter, extension, `${size}${density}`);
}

/**
 * Props of {@link ExportMenu}: the chart's exporter (null while it has nothing to export), the filter, and the
 * chart's id when its view can be added to the reader's slides (not while presenting).
 */
export interface ExportMenuProps {
  exporter: ChartExporter | null;
  filter: Filter;
  slideOf?: string | undefined;
}

/** The export controls of one panel. */
export function ExportMenu({ exporter, filter, slideOf }: ExportMenuProps) {
  const [preset, setPreset] = useState<SizePreset>('panel');
  const [scale, setScale] = useState<number>(2);
  const [colors, setColors] = useState<Colors>('shown');
  const [busy, setBusy] = useState(false);
  const [embedding, setEmbedding] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const id = useId();
  const { t } = useLocale();
  const more = useRef<HTMLDetailsElement>(null);
  // The menu's options are made when it opens: a closed menu shows none, and every filter change re-rendered
  // four panels' worth of them (204 of the 873 elements and components React went through per change on the
  // article's data).
  const [open, setOpen] = useState(false);
  // The menu closes on Escape and on a click outside it, like any menu.
  useEffect(() => {
    const close = (event: Event) => {
      const details = more.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !details.contains(event.target as Node)) {
        details.open = false;
        // Escape closed the menu: it must not also leave a presentation.
        if (event instanceof KeyboardEvent) event.preventDefault();
      }
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);

  const run = async (
    label: string,
    action: (pipeline: typeof import('../export/pipeline'), e: ChartExporter) => Promise<string>,
  ) => {
    if (!exporter) return;
    setBusy(true);
    setMessage(null);
    try {
      const pipeline = await import('../export/pipeline');
      setMessage({ text: await action(pipeline, exporter), error: false });
    } catch (error) {
      setMessage({
        text: t('export.failed', { action: label, message: errorText(error, { t }) }),
        error: true,
      });
    } finally {
      setBusy(false);
    }
  };
  const save = (kind: 'svg' | 'png' | 'csv') =>
    run(
      t(kind === 'svg' ? 'export.exportSvg' : kind === 'png' ? 'export.downloadPng' : 'export.downloadCsv'),
      async (p, e) => {
        const name = panelFileName(e, filter, kind, preset, scale);
        p.download(name, await p.buildExport(e, kind, { preset, scale, theme: COLORS[colors] }));
        return t('app.saved', { name });
      },
    );
  const copy = (kind: 'svg' | 'png') =>
    run(t(kind === 'svg' ? 'export.copySvg' : 'export.copyPng'), async (p, e) => {
      await p.copyExport(e, kind, preset, COLORS[colors]);
      return t(kind === 'svg' ? 'export.svgCopied' : 'export.pngCopied');
    });
  const disabled = !exporter || busy;
  const queryClient = useQueryClient();
  // The whole view as one offline page: every data file, the view, the language and the theme.
  const saveHtml = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const pipeline = await import('../export/pipeline');
      const { dataSource, ownData, lang, theme } = useAppStore.getState();
      const own = dataSource === 'own' && ownData ? ownData : null;
      const names = Object.keys(DATA_FILE_NAMES) as (keyof typeof DATA_FILE_NAMES)[];
      const files = own
        ? own.files
        : Object.fromEntries(
            await Promise.all(names.map(async (n) => [n, await queryClient.fetchQuery(dataFileQuery(n))])),
          );
      const name = exportFileName('ai-talent-flows', filter, 'html');
      const blob = await pipeline.interactiveHtml(
        {
          files,
          ...(own
            ? { own: { name: own.name, kind: own.kind, loadedAt: own.loadedAt, import: own.import } }
            : {}),
          search: viewParams(window.location.search),
          lang,
          theme,
          exported: new Date().toISOString(),
        },
        t('app.title'),
        catalogOf(lang),
      );
      pipeline.download(name, blob);
      setMessage({ text: t('export.htmlSaved', { name }), error: false });
    } catch (error) {
      setMessage({
        text: t('export.failed', { action: t('export.interactiveHtml'), message: errorText(error, { t }) }),
        error: true,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-menu">
      <button type="button" onClick={() => void save('svg')} disabled={disabled}>
        {t('export.exportSvg')}
      </button>
      <details className="export-more" ref={more} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary aria-label={t('export.moreLabel')}>{t('export.more')}</summary>
        {open && (
          <div className="export-popover">
            <Choice
              name={`${id}-size`}
              legend={t('export.size')}
              options={Object.keys(SIZE_PRESETS) as SizePreset[]}
              value={preset}
              onChange={setPreset}
              label={(p) => (p === 'panel' ? t('export.sizePanel') : SIZE_PRESETS[p].label)}
            />
            <Choice
              name={`${id}-colors`}
              legend={t('export.colors')}
              options={Object.keys(COLORS) as Colors[]}
              value={colors}
              onChange={setColors}
              label={(c) => t(`export.colors_${c}`)}
            />
            <Choice
              name={`${id}-scale`}
              legend={t('export.density')}
              options={SCALES}
              value={scale}
              onChange={setScale}
              label={(s) => `${s}×`}
            />
            <div className="export-actions">
              <button type="button" onClick={() => void save('png')} disabled={disabled}>
                {t('export.downloadPng')}
              </button>
              <button type="button" onClick={() => void save('csv')} disabled={disabled}>
                {t('export.downloadCsv')}
              </button>
              <button type="button" onClick={() => void copy('svg')} disabled={disabled}>
                {t('export.copySvg')}
              </button>
              <button type="button" onClick={() => void copy('png')} disabled={disabled}>
                {t('export.copyPng')}
              </button>
            </div>
            {slideOf && (
              <div className="export-actions">
                {(
                  [
                    ['deck.addView', () => useAppStore.getState().openDeckEditor(slideOf)],
                    ['deck.edit', () => useAppStore.getState().openDeckEditor(null)],
                    ['embed.action', () => setEmbedding(true)],
                  ] as const
                ).map(([label, action]) => (
                  <button
                    key={label}
                    type="button"
                    onClick={() => {
                      // The menu closes: what opens next is a dialog of its own.
                      if (more.current) more.current.open = false;
                      action();
                    }}
                  >
                    {t(label)}
                  </button>
                ))}
                <button type="button" onClick={() => void saveHtml()} disabled={busy}>
                  {t('export.interactiveHtml')}
                </button>
              </div>
            )}
          </div>
        )}
      </details>
      <span
        className={message?.error ? 'export-status inline-error' : 'export-status'}
        role="status"
        aria-live="polite"
      >
        {busy ? t('export.exporting') : message?.text}
      </span>
      {embedding && slideOf && (
        <LazyDialog
          className="deck-editor embed-dialog"
          title={t('embed.title')}
          onClose={() => setEmbedding(false)}
        >
          <EmbedDialog chart={slideOf} />
        </LazyDialog>
      )}
    </div>
  );
}

/** One of the menu's choices: radio buttons under a legend, `value` checked. */
function Choice<T extends string | number>({
  name,
  legend,
  options,
  value,
  onChange,
  label,
}: {
  name: string;
  legend: string;
  options: readonly T[];
  value: T;
  onChange: (option: T) => void;
  label: (option: T) => string;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option}>
          <input type="radio" name={name} checked={value === option} onChange={() => onChange(option)} />
          {label(option)}
        </label>
      ))}
    </fieldset>
  );
}
