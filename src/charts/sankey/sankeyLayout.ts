/**
 * The Sankey's whole pipeline, data → geometry, as one pure function of plain (cloneable) input, so it runs the
 * same on the main thread and in the Web Worker that large datasets use (the worker module beside it).
 */
import type { Figure, Move, Organization, Person, Source } from '../../data/schema';
import { createLocale, type Lang } from '../../i18n/locale';
import { buildOrgIndex } from '../../model/orgIndex';
import { measureTextInBrowser } from '../shared/measure';
import { layoutSankey, type SankeyGeometry } from './layout';
import { groupOther, prepareSankey, type SankeyModel } from './prepare';

/** What the Sankey needs: the filtered moves, the lookups, and the options and size. */
export interface SankeyInput {
  moves: readonly Move[];
  organizations: readonly Organization[];
  people: readonly Person[];
  sources: readonly Source[];
  figures: readonly Figure[];
  detail: 'companies' | 'teams';
  /** Organisations per side before "Other"; null decides by size (see {@link autoLimit}). */
  top: number | null;
  /** Companies that always keep their own node (the filter's). */
  keep: readonly string[];
  lang: Lang;
  width: number;
  height: number;
}

/** The model (for tables and summaries) and its geometry; `perSide` is the most nodes a side had before grouping. */
export interface SankeyOutput {
  model: SankeyModel;
  geometry: SankeyGeometry;
  perSide: number;
  limit: number;
}

/** Above this many organisations on a side the Sankey groups the rest into "Other" by default… */
export const AUTO_LIMIT = 25;
/** …keeping this many. */
export const DEFAULT_TOP = 20;

/** The limit in force: the reader's choice, or {@link DEFAULT_TOP} when a side has more than {@link AUTO_LIMIT}. */
export function autoLimit(top: number | null, perSide: number): number {
  return top ?? (perSide > AUTO_LIMIT ? DEFAULT_TOP : 0);
}

/** Prepares, groups and lays out; see the module comment. */
export function sankeyPipeline(input: SankeyInput): SankeyOutput {
  const locale = createLocale(input.lang);
  const orgs = buildOrgIndex(input.organizations);
  const ungrouped = prepareSankey(
    input.moves,
    {
      orgs,
      people: new Map(input.people.map((p) => [p.id, p])),
      sources: new Map(input.sources.map((s) => [s.id, s])),
      figures: new Map(input.figures.map((f) => [f.id, f])),
      locale,
    },
    input.detail,
  );
  const perSide = Math.max(
    ungrouped.nodes.filter((n) => n.side === 'from').length,
    ungrouped.nodes.filter((n) => n.side === 'to').length,
  );
  const limit = autoLimit(input.top, perSide);
  const model = groupOther(ungrouped, limit, new Set(input.keep), locale);
  const geometry = layoutSankey(model, {
    width: input.width,
    height: input.height,
    measure: measureTextInBrowser,
    locale,
  });
  return { model, geometry, perSide, limit };
}
