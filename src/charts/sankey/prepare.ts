/**
 * Sankey stage 1 — moves → chart model (no pixels). The model is bipartite: every organisation people left is a
 * node on the left, every organisation they joined a node on the right, so moves in both directions (Google →
 * OpenAI and OpenAI → Google) are all drawn and d3-sankey never sees a cycle.
 */
import './messages';
import type { Figure, Move, Person, Source } from '../../data/schema';
import { describeFormula } from '../../model/derived';
import { filterMoves } from '../../model/filters';
import type { OrgIndex } from '../../model/orgIndex';
import { personName } from '../../model/people';
import { EN, localName, type Locale } from '../../i18n/locale';
import type { ChartView, PrepareContext } from '../spec';

/** Key of the right-hand node for moves whose destination the article does not give. */
export const NOT_STATED = 'not-stated';

/** One move as the tooltip and export describe it. */
export interface SankeyMoveDetail {
  id: string;
  /** The person's name, or null for an unnamed group. */
  person: string | null;
  /** People in the move. */
  count: number;
  countQualifier?: 'at-least' | 'more-than' | undefined;
  /** Most specific organisation names, e.g. "Gemini team". */
  from: string;
  to: string;
  when: string;
  role?: string | undefined;
  founded: boolean;
  /** Names of the outside sources (or 36Kr). */
  sources: string[];
  /** Article lines the move rests on. */
  lines: number[];
  /** The formula with its inputs, when the count is derived. */
  formula?: string | undefined;
}

/** A Sankey node: one organisation on one side. */
export interface SankeyModelNode {
  /** `from:<org>` or `to:<org>`. */
  id: string;
  side: 'from' | 'to';
  /** The organisation (company or, with teams shown, the team), or null for "not stated". */
  orgId: string | null;
  /** The top-level company, for colour, highlighting and filtering; null for "not stated". */
  company: string | null;
  name: string;
}

/** A Sankey link: all moves between two nodes. `value` is in people. */
export interface SankeyModelLink {
  id: string;
  source: string;
  target: string;
  value: number;
  /**
   * Set when `value` is a lower bound because some move counts "at least" or "more than" N people; "more than"
   * wins, since at least 6 plus more than 10 is more than 16.
   */
  qualifier: 'at-least' | 'more-than' | undefined;
  /** Some move in the link has a derived count. */
  derived: boolean;
  /** Company the people came from, for colour. */
  company: string;
  moves: SankeyMoveDetail[];
}

/** Nodes and links, before layout. */
export interface SankeyModel {
  nodes: SankeyModelNode[];
  links: SankeyModelLink[];
}

/** Lookups the Sankey needs besides the moves. */
export interface SankeyContext {
  orgs: OrgIndex;
  people: ReadonlyMap<string, Person>;
  sources: ReadonlyMap<string, Source>;
  /** Figures, for the inputs of derived counts. */
  figures: ReadonlyMap<string, Figure>;
  /** The reader's language for names, dates and words (English by default). */
  locale?: Locale;
}

/**
 * Groups moves into nodes and links. With `detail: 'companies'` teams and labs are folded into their company;
 * with `'teams'` each organisation is its own node. Nodes and links come out in a stable order (by id).
 */
export function prepareSankey(
  moves: readonly Move[],
  { orgs, people, sources, figures, locale = EN }: SankeyContext,
  detail: 'companies' | 'teams',
): SankeyModel {
  const nodes = new Map<string, SankeyModelNode>();
  const links = new Map<string, SankeyModelLink>();
  const keyOf = (orgId: string) => (detail === 'companies' ? orgs.companyOf(orgId) : orgId);
  const node = (side: 'from' | 'to', orgId: string | null): string => {
    const key = orgId === null ? NOT_STATED : keyOf(orgId);
    const id = `${side}:${key}`;
    if (!nodes.has(id)) {
      nodes.set(id, {
        id,
        side,
        orgId: orgId === null ? null : key,
        company: orgId === null ? null : orgs.companyOf(orgId),
        name: orgId === null ? locale.t('sankey.notStated') : orgs.name(key, locale.lang),
      });
    }
    return id;
  };
  for (const move of moves) {
    const source = node('from', move.from);
    const target = node('to', move.to);
    const id = `${source}→${target}`;
    let link = links.get(id);
    if (!link) {
      link = {
        id,
        source,
        target,
        value: 0,
        qualifier: undefined,
        derived: false,
        company: orgs.companyOf(move.from),
        moves: [],
      };
      links.set(id, link);
    }
    link.value += move.count;
    if (move.countQualifier && link.qualifier !== 'more-than') link.qualifier = move.countQualifier;
    link.derived ||= move.derived !== undefined;
    link.moves.push({
      id: move.id,
      person: move.person ? personName(people.get(move.person), move.person, locale.lang) : null,
      count: move.count,
      countQualifier: move.countQualifier,
      from: orgs.name(move.from, locale.lang),
      to: move.to === null ? locale.t('sankey.notStatedShort') : orgs.name(move.to, locale.lang),
      when: locale.fmt.when(move.when),
      role: move.role,
      founded: move.kind === 'founded',
      sources: move.provenance.sources.map((s) => localName(sources.get(s), locale.lang, s)),
      lines: move.provenance.lines,
      formula: move.derived && describeFormula(move.derived, figures),
    });
  }
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { nodes: [...nodes.values()].sort(byId), links: [...links.values()].sort(byId) };
}

/** Id of the node that gathers the organisations not shown on a side. */
export const OTHER = '__other__';

/**
 * Keeps the `limit` largest nodes on each side (by people through them) and folds the rest of that side into one
 * "Other" node, merging their links, so a dataset of hundreds of organisations stays legible. `keep` names
 * companies that always stay (those in the filter). Returns the model unchanged when no side has more than
 * `limit` nodes, or for a limit of 0 (show all).
 */
export function groupOther(
  model: SankeyModel,
  limit: number,
  keep: ReadonlySet<string> = new Set(),
  locale: Locale = EN,
): SankeyModel {
  if (limit <= 0) return model;
  const total = new Map<string, number>();
  for (const link of model.links) {
    total.set(link.source, (total.get(link.source) ?? 0) + link.value);
    total.set(link.target, (total.get(link.target) ?? 0) + link.value);
  }
  const folded = new Map<string, string>();
  for (const side of ['from', 'to'] as const) {
    const nodes = model.nodes.filter((n) => n.side === side);
    if (nodes.length <= limit) continue;
    // Ties broken by id, so the same data always shows the same nodes.
    const ranked = [...nodes].sort(
      (a, b) => (total.get(b.id) ?? 0) - (total.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1),
    );
    const shown = new Set(
      ranked.filter((n, i) => i < limit || (n.company !== null && keep.has(n.company))).map((n) => n.id),
    );
    for (const n of nodes) if (!shown.has(n.id)) folded.set(n.id, `${side}:${OTHER}`);
  }
  if (!folded.size) return model;
  const counts = { from: 0, to: 0 };
  for (const id of folded.keys()) counts[id.startsWith('from:') ? 'from' : 'to']++;
  const nodes: SankeyModelNode[] = model.nodes.filter((n) => !folded.has(n.id));
  for (const side of ['from', 'to'] as const) {
    if (counts[side])
      nodes.push({
        id: `${side}:${OTHER}`,
        side,
        orgId: null,
        company: null,
        name: locale.t('sankey.other', { count: counts[side] }),
      });
  }
  const links = new Map<string, SankeyModelLink>();
  for (const link of model.links) {
    const source = folded.get(link.source) ?? link.source;
    const target = folded.get(link.target) ?? link.target;
    const id = `${source}→${target}`;
    const merged = links.get(id);
    if (!merged) {
      // A link out of "Other" mixes companies: it takes the neutral colour (no company has OTHER's id).
      const company = source.endsWith(OTHER) ? OTHER : link.company;
      links.set(id, { ...link, id, source, target, company, moves: [...link.moves] });
      continue;
    }
    merged.value += link.value;
    merged.moves.push(...link.moves);
    merged.derived ||= link.derived;
    if (link.qualifier && merged.qualifier !== 'more-than') merged.qualifier = link.qualifier;
  }
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { nodes: nodes.sort(byId), links: [...links.values()].sort(byId) };
}

/** Above this many organisations on a side the Sankey groups the rest into "Other" by default… */
export const AUTO_LIMIT = 25;
/** …keeping this many. */
export const DEFAULT_TOP = 20;

/** The limit in force: the reader's choice, or {@link DEFAULT_TOP} when a side has more than {@link AUTO_LIMIT}. */
export function autoLimit(top: number | null, perSide: number): number {
  return top ?? (perSide > AUTO_LIMIT ? DEFAULT_TOP : 0);
}

/** Sankey grouping: whole companies, or teams and labs as their own nodes. */
export const DETAILS = ['companies', 'teams'] as const;
/** A Sankey grouping; see {@link DETAILS}. */
export type SankeyDetail = (typeof DETAILS)[number];

/** The Sankey's own view options. */
export interface SankeyOptions {
  detail: SankeyDetail;
  /** Organisations per side before "Other": 0 for all, null to decide by size (see {@link autoLimit}). */
  top: number | null;
}

/** What the Sankey draws — nodes and links, grouped — and what its panel says about them. */
export interface SankeyChartModel extends SankeyModel {
  /** The most nodes a side had before grouping. */
  perSide: number;
  /** Organisations kept per side before "Other" (0: all). */
  limit: number;
  /** Moves the date range hides because the article does not date them. */
  undatedHidden: number;
  /** Sources of the moves shown (ids), for the credit line. */
  sources: string[];
}

/**
 * The Sankey's whole data side: filters the moves, groups them into nodes and links, folds the smallest
 * organisations into "Other" (keeping the filter's companies), and counts what the date range hides.
 */
export function prepareSankeyChart(
  data: { moves: readonly Move[] },
  view: ChartView<SankeyOptions>,
  { lookups, locale }: PrepareContext,
): SankeyChartModel {
  const moves = filterMoves(data.moves, view, lookups.orgs);
  // Moves without a date cannot be placed in a range; say how many the range hides.
  const undatedHidden =
    view.from || view.to
      ? filterMoves(data.moves, { ...view, from: null, to: null }, lookups.orgs).filter((m) => !m.when).length
      : 0;
  const ungrouped = prepareSankey(moves, { ...lookups, locale }, view.detail);
  const perSide = Math.max(
    ungrouped.nodes.filter((n) => n.side === 'from').length,
    ungrouped.nodes.filter((n) => n.side === 'to').length,
  );
  const limit = autoLimit(view.top, perSide);
  const model = groupOther(ungrouped, limit, new Set(view.companies), locale);
  return {
    ...model,
    perSide,
    limit,
    undatedHidden,
    sources: [...new Set(moves.flatMap((m) => m.provenance.sources))],
  };
}
