/**
 * The page: header, filter bar, notices and the three linked panels. Panels never talk to each other; they share
 * the store.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
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
  useEffect(() => {
    if (orgs) dropUnknownCompanies(useAppStore, new Set(orgs.map((o) => o.id)));
  }, [orgs]);
  return (
    <>
      <header className="app-header">
        <div className="app-title">
          <h1>AI Talent Flows</h1>
          <ExportAllButton />
        </div>
        <p>
          Who left which AI lab for where, what they are paid, and when it happened — from 36Kr’s report of 23
          January 2024 on Silicon Valley’s AI talent war.
        </p>
      </header>
      <FilterBar />
      <Notices />
      <main className="panels">
        <SankeyPanel />
        <BarsPanel />
        <TimelinePanel />
      </main>
    </>
  );
}
