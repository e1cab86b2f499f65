/**
 * The chrome-less view for embedding (`?embed=<chart id>` or `?embed=all`): the chosen chart, or every chart of
 * the article's data linked as in the explorer, with their titles, summaries, tables and source lines, and no
 * header, filter bar or export menus. Clicking a mark still filters the other panels. The page reports its height
 * to the host page (see `embedCode.ts`) whenever it changes, so the iframe fits its content at any width.
 */
import { useEffect } from 'react';
import { ALL_CHARTS, chartById } from '../charts/index';
import { chartThemeFor, ChartThemeContext } from '../charts/shared/theme';
import { useResolvedTheme } from '../app/preferences';
import { useLocale } from '../i18n/useLocale';
import { ChartPanel } from '../panels/ChartPanel';
import { EmbedContext } from '../panels/sizing';
import { useAppStore } from '../state/store';
import { SIZE_MESSAGE, type SizeMessage } from './embedCode';

/** Posts the document's height to the host page on every change of size. */
function useReportHeight(embed: string) {
  useEffect(() => {
    if (window.parent === window) return undefined;
    let last = -1;
    const report = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      const message: SizeMessage = { type: SIZE_MESSAGE, height, embed };
      // Any host may embed the view; the message says only how tall it is.
      window.parent.postMessage(message, '*');
    };
    const observer = new ResizeObserver(report);
    observer.observe(document.documentElement);
    observer.observe(document.body);
    report();
    return () => observer.disconnect();
  }, [embed]);
}

/** The embedded view of `embed`: a chart id from the registry, or `all`. */
export function Embed({ embed }: { embed: string }) {
  const { t } = useLocale();
  const resolvedTheme = useResolvedTheme(useAppStore((s) => s.theme));
  useEffect(() => {
    document.documentElement.dataset.theme = resolvedTheme;
    document.documentElement.classList.add('embedded');
  }, [resolvedTheme]);
  useReportHeight(embed);
  const one = chartById(embed);
  const specs = one ? [one] : ALL_CHARTS;
  const full = `${window.location.pathname}${window.location.search.replace(/([?&])embed=[^&]*&?/, '$1').replace(/[?&]$/, '')}`;
  return (
    <ChartThemeContext.Provider value={chartThemeFor(resolvedTheme)}>
      <EmbedContext.Provider value={true}>
        <main className={one ? 'panels embed embed-one' : 'panels embed'} aria-label={t('embed.label')}>
          {specs.map((spec) => (
            <ChartPanel key={spec.id} spec={spec} />
          ))}
        </main>
        <p className="embed-foot">
          <a href={full} target="_blank" rel="noopener">
            {t('embed.openFull')}
          </a>
        </p>
      </EmbedContext.Provider>
    </ChartThemeContext.Provider>
  );
}
