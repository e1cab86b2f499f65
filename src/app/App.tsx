/**
 * The page: header, filter bar, notices and the three linked panels. Panels never talk to each other; they share
 * the store.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { enterFullscreen } from '../present/fullscreen';
import { Presentation } from '../present/Presentation';
import { dataFileQuery } from '../data/queries';
import { BarsPanel } from '../panels/BarsPanel';
import { ExportAllButton } from '../panels/ExportAllButton';
import { FilterBar } from '../panels/FilterBar';
import { Notices } from '../panels/Notices';
import { SankeyPanel } from '../panels/SankeyPanel';
import { TimelinePanel } from '../panels/TimelinePanel';
import { useAppStore } from '../state/store';
import { dropUnknownCompanies } from '../state/urlSync';

/** The whole app. */
export function App() {
  const orgs = useQuery(dataFileQuery('organizations')).data;
  const presenting = useAppStore((s) => s.presenting);
  const startPresenting = useAppStore((s) => s.startPresenting);
  const present = () => {
    startPresenting(0);
    // Requested inside the click or key press, as browsers require; refused or missing means a full-window deck.
    void enterFullscreen();
  };
  // P starts presenting from anywhere but a form field.
  useEffect(() => {
    if (presenting) return undefined;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== 'p' && event.key !== 'P') return;
      if (
        event.altKey ||
        event.ctrlKey ||
        event.metaKey ||
        (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
      )
        return;
      event.preventDefault();
      startPresenting(0);
      void enterFullscreen();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting, startPresenting]);
  useEffect(() => {
    if (orgs) dropUnknownCompanies(useAppStore, new Set(orgs.map((o) => o.id)));
  }, [orgs]);
  return (
    <>
      <header className="app-header">
        <div className="app-title">
          <h1>AI Talent Flows</h1>
          <div className="app-actions">
            <button type="button" onClick={present} title="Present the article's story (P)">
              Present
            </button>
            <ExportAllButton />
          </div>
        </div>
        <p>
          Who left which AI lab for where, what they are paid, and when it happened — from 36Kr’s report of 23
          January 2024 on Silicon Valley’s AI talent war.
        </p>
      </header>
      <FilterBar />
      <Notices />
      {/* While presenting, the deck shows the panels; the explorer's own are not drawn underneath it. */}
      {presenting ? (
        <Presentation />
      ) : (
        <main className="panels">
          <SankeyPanel />
          <BarsPanel />
          <TimelinePanel />
        </main>
      )}
    </>
  );
}
