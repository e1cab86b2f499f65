/**
 * The company colours every panel uses. Moves decide the ranking when they are loaded; if moves.json is missing
 * or broken, organisations' file order is used, so a panel that does not need moves keeps working.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { dataFileQuery } from '../data/queries';
import type { Organization } from '../data/schema';
import { buildOrgIndex, type OrgIndex } from '../model/orgIndex';
import { rankCompanies } from '../model/palette';
import { buildPalette } from '../charts/shared/theme';

/** Company id → colour, stable under filtering. */
export function usePalette(orgs: readonly Organization[], index: OrgIndex): (company: string) => string {
  const moves = useQuery(dataFileQuery('moves')).data;
  return useMemo(() => buildPalette(rankCompanies(orgs, moves, index)), [orgs, moves, index]);
}

/** Memoised {@link buildOrgIndex}. */
export function useOrgIndex(orgs: readonly Organization[]): OrgIndex {
  return useMemo(() => buildOrgIndex(orgs), [orgs]);
}
