/**
 * The company colours every panel uses. Moves decide the ranking when they are loaded; if moves.json is missing
 * or broken, organisations' file order is used, so a panel that does not need moves keeps working.
 */
import { useQuery } from '@tanstack/react-query';
import { useContext, useMemo } from 'react';
import { dataFileQuery } from '../data/queries';
import type { Organization } from '../data/schema';
import { buildOrgIndex, type OrgIndex } from '../model/orgIndex';
import { rankCompanies } from '../model/palette';
import { buildPalette, ChartThemeContext, type ChartTheme } from '../charts/shared/theme';

/** The company colours of a panel: for the theme shown, and for any other theme an export asks for. */
export interface Palette {
  /** Company id → colour in the theme shown, stable under filtering. */
  color: (company: string) => string;
  /** The theme shown. */
  chartTheme: ChartTheme;
  /** The same ranking of companies, coloured for another theme. */
  forTheme: (theme: ChartTheme) => (company: string) => string;
}

/** See {@link Palette}. */
export function usePalette(orgs: readonly Organization[], index: OrgIndex): Palette {
  const moves = useQuery(dataFileQuery('moves')).data;
  const chartTheme = useContext(ChartThemeContext);
  return useMemo(() => {
    const ranked = rankCompanies(orgs, moves, index);
    return {
      color: buildPalette(ranked, chartTheme),
      chartTheme,
      forTheme: (theme) => buildPalette(ranked, theme),
    };
  }, [orgs, moves, index, chartTheme]);
}

/** Memoised {@link buildOrgIndex}. */
export function useOrgIndex(orgs: readonly Organization[]): OrgIndex {
  return useMemo(() => buildOrgIndex(orgs), [orgs]);
}
