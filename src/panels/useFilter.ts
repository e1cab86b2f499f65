/**
 * The shared filter from the store, as one stable object for memoised chart stages.
 */
import { useMemo } from 'react';
import { useAppStore } from '../state/store';
import type { Filter } from '../model/filters';

/** True when any company or date is selected. */
export function isFiltered(filter: Filter): boolean {
  return filter.companies.length > 0 || filter.from !== null || filter.to !== null;
}

/** The current {@link Filter}; a new object only when companies or dates change. */
export function useFilter(): Filter {
  const companies = useAppStore((s) => s.companies);
  const from = useAppStore((s) => s.from);
  const to = useAppStore((s) => s.to);
  return useMemo(() => ({ companies, from, to }), [companies, from, to]);
}
