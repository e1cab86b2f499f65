/**
 * Sankey stage 1 — moves → chart model (no pixels). The model is bipartite: every organisation people left is a
 * node on the left, every organisation they joined a node on the right, so moves in both directions (Google →
 * OpenAI and OpenAI → Google) are all drawn and d3-sankey never sees a cycle.
 */
import { group, rollup } from 'd3-array';
import './messages';
import { sourcesOf } from '../../model/sources';
import type { Figure, Move, Person, Source } from '../../data/schema';
import { describeFormula } from '../../model/derived';
import { passingMoves } from '../../model/filters';
import type { OrgIndex } from '../../model/orgIndex';
import { personName } from '../../model/people';
import { numbering, perDataset } from '../../model/perDataset';
import { prepareSides } from './sides';
import type { SankeyArrangement, SankeyDetail } from './meta';
import { EN, localName, type Locale } from '../../i18n/locale';
import type { ChartView, PrepareContext } from '../spec';

/** Key of the right-hand node for moves whose destination the article does not give. */
export const NOT_STATED = 'not-stated';

/** One move as the tooltip and export describe it. */
export interface SankeyMoveDetail {
  id: string;
  /** The person's name, or null for an unnamed group. */
  person: string | null;
  /** People in the move, or how much flows in its `unit`. */
  count: number;
  unit?: string | undefined;
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

/**
 * A Sankey node: one organisation in one column. Beside the people leaving (`from`, the first column) and those
 * joining (`to`, the last), a chart in stages has organisations people pass `through`.
 */
export interface SankeyModelNode {
  /** `from:<org>` or `to:<org>` side by side; `n:<org>` in stages, `s<step>:<org>` in the steps of paths. */
  id: string;
  side: 'from' | 'to' | 'through';
  /** The organisation (company or, with teams shown, the team), or null for "not stated" and "Other". */
  orgId: string | null;
  /** The top-level company, for colour, highlighting and filtering; null for "not stated" and "Other". */
  company: string | null;
  name: string;
}

/** A Sankey link: all moves between two nodes. `value` is in people, or in the moves' `unit`. */
export interface SankeyModelLink {
  id: string;
  source: string;
  target: string;
  value: number;
  /** What `value` counts: undefined for people (the article), '' for plain numbers, or a unit ("TWh"). */
  unit?: string | undefined;
  /**
   * Set when `value` is a lower bound because some move counts "at least" or "more than" N people; "more than"
   * wins, since at least 6 plus more than 10 is more than 16.
   */
  qualifier: 'at-least' | 'more-than' | undefined;
  /** Some move in the link has a derived count. */
  derived: boolean;
  /** Company the people came from, for colour. */
  company: string;
  /** The first {@link MAX_MOVE_DETAILS} of its moves, described for the tooltip and the table. */
  moves: SankeyMoveDetail[];
  /** All its moves (more than `moves` holds when there are thousands). */
  moveCount: number;
  /**
   * While preparing: the first moves, not yet described — describing is left until after grouping, when tens of
   * thousands of links have become a few hundred (see {@link describeLinks}).
   */
  sample?: Move[] | undefined;
}

/**
 * Moves a link describes at most: a tooltip shows a handful, and describing 100,000 moves (names, dates, sources
 * formatted) would cost seconds and megabytes for nothing anyone reads.
 */
export const MAX_MOVE_DETAILS = 25;

/** Adds `extra` to a link's moves (described or not), up to {@link MAX_MOVE_DETAILS}. */
function keepDetails<T>(into: T[], extra: readonly T[]): void {
  for (const detail of extra) {
    if (into.length >= MAX_MOVE_DETAILS) return;
    into.push(detail);
  }
}

/** Merges link `from` into link `into`: value, count, described and sampled moves, flags. */
function mergeLink(into: SankeyModelLink, from: SankeyModelLink): void {
  into.value += from.value;
  into.moveCount += from.moveCount;
  keepDetails(into.moves, from.moves);
  if (from.sample) keepDetails((into.sample ??= []), from.sample);
  into.derived ||= from.derived;
  if (from.qualifier && into.qualifier !== 'more-than') into.qualifier = from.qualifier;
}

/** A move as the tooltip and the table describe it. */
function describeMove(
  move: Move,
  { orgs, people, sources, figures, locale = EN }: SankeyContext,
): SankeyMoveDetail {
  return {
    id: move.id,
    person: move.person ? personName(people.get(move.person), move.person, locale.lang) : null,
    count: move.count,
    unit: move.unit,
    countQualifier: move.countQualifier,
    from: orgs.name(move.from, locale.lang),
    to: move.to === null ? locale.t('sankey.notStatedShort') : orgs.name(move.to, locale.lang),
    when: locale.fmt.when(move.when),
    role: move.role,
    founded: move.kind === 'founded',
    sources: move.provenance.sources.map((s) => localName(sources.get(s), locale.lang, s)),
    lines: move.provenance.lines,
    formula: move.derived && describeFormula(move.derived, figures),
  };
}

/** Describes the sampled moves of a model prepared with `describe: false`. */
export function describeLinks(model: SankeyModel, context: SankeyContext): SankeyModel {
  return {
    ...model,
    links: model.links.map(({ sample, ...link }) =>
      sample ? { ...link, moves: sample.map((m) => describeMove(m, context)) } : link,
    ),
  };
}

/**
 * How nodes are arranged: `sides` — everyone's origin on the left, destination on the right, so moves both ways
 * (Google → OpenAI → Google) are all drawn; `stages` — one node per organisation, in as many columns as the flows
 * have stages (energy: reserves → fuel → generation → grid → use), a move that would close a loop drawn to a copy
 * ("Google, again"); `steps` — the steps of each person's path (a career history, a path table), step by step.
 */
export type SankeyLayering = 'sides' | 'stages' | 'steps';

/** Nodes and links, before layout. */
export interface SankeyModel {
  nodes: SankeyModelNode[];
  links: SankeyModelLink[];
  /** How nodes are arranged (side by side when absent). */
  layering?: SankeyLayering | undefined;
  /** What values count (see {@link SankeyModelLink.unit}). */
  unit?: string | undefined;
  /** Moves inside one organisation (a team to its company), which stages cannot draw. */
  loops?: number | undefined;
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

/** Orders records by id: nodes and links come out in a stable order. */
export const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Adds a move to the link from `source` to `target` (made on first use): described for the tooltip, or — with
 * `describe` false — kept as it is, to be described after grouping.
 */
function addMove(
  links: Map<string, SankeyModelLink>,
  source: string,
  target: string,
  move: Move,
  context: SankeyContext,
  describe: boolean,
): void {
  const id = `${source}→${target}`;
  let link = links.get(id);
  if (!link) {
    link = {
      id,
      source,
      target,
      value: 0,
      unit: move.unit,
      qualifier: undefined,
      derived: false,
      company: context.orgs.companyOf(move.from),
      moves: [],
      moveCount: 0,
      ...(describe ? {} : { sample: [] }),
    };
    links.set(id, link);
  }
  link.value += move.count;
  link.moveCount++;
  if (move.countQualifier && link.qualifier !== 'more-than') link.qualifier = move.countQualifier;
  link.derived ||= move.derived !== undefined;
  if (link.moveCount > MAX_MOVE_DETAILS) return;
  if (describe) link.moves.push(describeMove(move, context));
  else link.sample!.push(move);
}

/** Makes nodes on demand: one per key, named for its organisation (or "not stated"). */
function nodeMaker(context: SankeyContext, detail: 'companies' | 'teams') {
  const { orgs, locale = EN } = context;
  const nodes = new Map<string, SankeyModelNode>();
  const keyOf = (orgId: string) => (detail === 'companies' ? orgs.companyOf(orgId) : orgId);
  const node = (prefix: string, side: SankeyModelNode['side'], orgId: string | null): string => {
    const key = orgId === null ? NOT_STATED : keyOf(orgId);
    const id = `${prefix}:${key}`;
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
  return { nodes, node };
}

/**
 * Groups moves into nodes and links, side by side. With `detail: 'companies'` teams and labs are folded into their
 * company; with `'teams'` each organisation is its own node. Nodes and links come out in a stable order (by id).
 */
export function prepareSankey(
  moves: readonly Move[],
  context: SankeyContext,
  detail: 'companies' | 'teams',
  describe = true,
): SankeyModel {
  const { nodes, node } = nodeMaker(context, detail);
  const links = new Map<string, SankeyModelLink>();
  for (const move of moves)
    addMove(links, node('from', 'from', move.from), node('to', 'to', move.to), move, context, describe);
  return {
    nodes: [...nodes.values()].sort(byId),
    // Sorting tens of thousands of links costs more than preparing them: left to the final step when undescribed.
    links: describe ? [...links.values()].sort(byId) : [...links.values()],
    unit: moves[0]?.unit,
  };
}

/**
 * Groups moves into nodes and links in stages: one node per organisation (`stages`), or per organisation and step
 * when every move says which step of a person's path it is (`steps`). In stages a move that would close a loop —
 * back to an organisation the flow already passed through — goes to a copy of it, so every move is drawn and the
 * layout has no cycle; a move inside one organisation (a team to its own company) cannot be drawn, and is counted.
 */
export function prepareStages(
  moves: readonly Move[],
  context: SankeyContext,
  detail: 'companies' | 'teams',
  describe = true,
): SankeyModel {
  const locale = context.locale ?? EN;
  const { nodes, node } = nodeMaker(context, detail);
  const links = new Map<string, SankeyModelLink>();
  const steps = moves.length > 0 && moves.every((m) => m.step !== undefined);
  let loops = 0;
  for (const move of moves) {
    const source = node(steps ? `s${move.step! - 1}` : 'n', 'through', move.from);
    const target = node(steps ? `s${move.step!}` : 'n', 'through', move.to);
    if (source === target) loops++;
    else addMove(links, source, target, move, context, describe);
  }
  if (!steps) breakCycles(nodes, links, locale);
  // A node no link touches (its only move was inside itself) is not drawn.
  const linked = new Set([...links.values()].flatMap((l) => [l.source, l.target]));
  const incoming = new Set([...links.values()].map((l) => l.target));
  const outgoing = new Set([...links.values()].map((l) => l.source));
  const placed = [...nodes.values()]
    .filter((n) => linked.has(n.id))
    .map((n): SankeyModelNode => ({
      ...n,
      side: !incoming.has(n.id) ? 'from' : !outgoing.has(n.id) ? 'to' : 'through',
    }));
  return {
    nodes: placed.sort(byId),
    links: describe ? [...links.values()].sort(byId) : [...links.values()],
    layering: steps ? 'steps' : 'stages',
    unit: moves[0]?.unit,
    loops,
  };
}

/**
 * Redirects every link that closes a loop (found by a depth-first search from the nodes nothing flows into) to a
 * copy of its target, named "<name> (again)", which nothing leaves: the graph has no cycle after, and no move is
 * lost.
 */
function breakCycles(
  nodes: Map<string, SankeyModelNode>,
  links: Map<string, SankeyModelLink>,
  locale: Locale,
): void {
  const out = new Map<string, SankeyModelLink[]>();
  const incoming = new Set<string>();
  for (const link of links.values()) {
    const list = out.get(link.source);
    if (list) list.push(link);
    else out.set(link.source, [link]);
    incoming.add(link.target);
  }
  const state = new Map<string, 'open' | 'done'>();
  const redirect = (link: SankeyModelLink) => {
    const original = nodes.get(link.target)!;
    const copy = `${link.target}:again`;
    if (!nodes.has(copy))
      nodes.set(copy, { ...original, id: copy, name: locale.t('sankey.again', { name: original.name }) });
    links.delete(link.id);
    const id = `${link.source}→${copy}`;
    const merged = links.get(id);
    if (merged) mergeLink(merged, link);
    else links.set(id, { ...link, id, target: copy });
  };
  // Sources first, then the rest, each in id order: the same data always breaks the same loops.
  const roots = [...nodes.keys()].sort(
    (a, b) => Number(incoming.has(a)) - Number(incoming.has(b)) || (a < b ? -1 : 1),
  );
  for (const root of roots) {
    if (state.has(root)) continue;
    state.set(root, 'open');
    const stack: [string, number][] = [[root, 0]];
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const edges = out.get(top[0]) ?? [];
      if (top[1] >= edges.length) {
        state.set(top[0], 'done');
        stack.pop();
        continue;
      }
      const link = edges[top[1]++]!;
      const seen = state.get(link.target);
      if (seen === 'open') redirect(link);
      else if (seen === undefined) {
        state.set(link.target, 'open');
        stack.push([link.target, 0]);
      }
    }
  }
}

/** Id of the node that gathers the organisations not shown in a column. */
export const OTHER = '__other__';

/**
 * Each node's column: its side, side by side; otherwise its longest path from a node nothing flows into — with
 * the nodes nothing leaves in the last column in stages (as d3-sankey's `sankeyJustify` places them), where they
 * fall in steps (`sankeyLeft`). The layout uses the same alignment, so these are the columns drawn.
 */
export function nodeColumns(model: SankeyModel): Map<string, number> {
  const columns = new Map<string, number>();
  if (!model.layering || model.layering === 'sides') {
    for (const n of model.nodes) columns.set(n.id, n.side === 'from' ? 0 : 1);
    return columns;
  }
  const out = rollup(
    model.links,
    (links) => links.map((l) => l.target),
    (l) => l.source,
  );
  const indegree = new Map<string, number>(model.nodes.map((n) => [n.id, 0]));
  for (const l of model.links) indegree.set(l.target, (indegree.get(l.target) ?? 0) + 1);
  // Kahn's order: a node's depth is settled once every link into it is.
  const queue = model.nodes.filter((n) => !indegree.get(n.id)).map((n) => n.id);
  for (const id of queue) columns.set(id, 0);
  for (let k = 0; k < queue.length; k++) {
    const id = queue[k]!;
    for (const target of out.get(id) ?? []) {
      columns.set(target, Math.max(columns.get(target) ?? 0, columns.get(id)! + 1));
      const left = indegree.get(target)! - 1;
      indegree.set(target, left);
      if (left === 0) queue.push(target);
    }
  }
  if (model.layering === 'stages') {
    const last = Math.max(0, ...columns.values());
    for (const n of model.nodes) if (!out.has(n.id)) columns.set(n.id, last);
  }
  return columns;
}

/**
 * Keeps the `limit` largest nodes of each column (by what flows through them) and folds the rest of that column
 * into one "Other" node, merging their links, so a dataset of hundreds of organisations stays legible. `keep`
 * names companies that always stay (those in the filter). Returns the model unchanged when no column has more
 * than `limit` nodes, or for a limit of 0 (show all).
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
  const sides = !model.layering || model.layering === 'sides';
  const columns = nodeColumns(model);
  const groups = group(model.nodes, (n) => (sides ? n.side : `c${columns.get(n.id)}`));
  const folded = new Map<string, string>();
  const counts = new Map<string, { side: SankeyModelNode['side']; count: number }>();
  for (const [key, nodes] of groups) {
    if (nodes.length <= limit) continue;
    // Ties broken by id, so the same data always shows the same nodes.
    const ranked = [...nodes].sort(
      (a, b) => (total.get(b.id) ?? 0) - (total.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1),
    );
    const shown = new Set(
      ranked.filter((n, i) => i < limit || (n.company !== null && keep.has(n.company))).map((n) => n.id),
    );
    for (const n of nodes) if (!shown.has(n.id)) folded.set(n.id, `${key}:${OTHER}`);
    const hidden = nodes.length - shown.size;
    if (hidden) counts.set(`${key}:${OTHER}`, { side: nodes[0]!.side, count: hidden });
  }
  if (!folded.size) return model;
  const nodes: SankeyModelNode[] = model.nodes.filter((n) => !folded.has(n.id));
  for (const [id, { side, count }] of counts)
    nodes.push({ id, side, orgId: null, company: null, name: locale.t('sankey.other', { count }) });
  const links = new Map<string, SankeyModelLink>();
  for (const link of model.links) {
    const source = folded.get(link.source) ?? link.source;
    const target = folded.get(link.target) ?? link.target;
    const id = `${source}→${target}`;
    const merged = links.get(id);
    if (!merged) {
      // A link out of "Other" mixes companies: it takes the neutral colour (no company has OTHER's id).
      const company = source.endsWith(OTHER) ? OTHER : link.company;
      links.set(id, {
        ...link,
        id,
        source,
        target,
        company,
        moves: [...link.moves],
        ...(link.sample ? { sample: [...link.sample] } : {}),
      });
      continue;
    }
    mergeLink(merged, link);
  }
  return { ...model, nodes: nodes.sort(byId), links: [...links.values()].sort(byId) };
}

/** Above this many organisations on a side the Sankey groups the rest into "Other" by default… */
export const AUTO_LIMIT = 25;
/** …keeping this many. */
export const DEFAULT_TOP = 20;

/** The limit in force: the reader's choice, or {@link DEFAULT_TOP} when a side has more than {@link AUTO_LIMIT}. */
export function autoLimit(top: number | null, perSide: number): number {
  return top ?? (perSide > AUTO_LIMIT ? DEFAULT_TOP : 0);
}

export { ARRANGEMENTS, DETAILS, type SankeyArrangement, type SankeyDetail } from './meta';

/** The Sankey's own view options. */
export interface SankeyOptions {
  detail: SankeyDetail;
  /** Organisations per column before "Other": 0 for all, null to decide by size (see {@link autoLimit}). */
  top: number | null;
  /** Side by side or in stages; null decides by the data (see {@link autoArrangement}). */
  arrange: SankeyArrangement | null;
}

/**
 * The arrangement that suits the moves (`key` names the node a move's end falls in: its company, or itself): stages when they are the steps of people's paths (a career history, a
 * path table), or when they form stages without a loop, with organisations both receiving and giving (an energy
 * balance); side by side otherwise — the article's moves go both ways (Google → OpenAI → Google), as migration
 * does.
 */
export function autoArrangement(
  moves: readonly Move[],
  key: (id: string) => string = (id) => id,
): SankeyArrangement {
  if (moves.length > 0 && moves.every((m) => m.step !== undefined)) return 'stages';
  // Organisations as numbers and each link once: this walks every move of a dataset (100,000 of them, once).
  const ids = numbering();
  const seen = new Set<number>();
  const edges: [number, number][] = [];
  for (const m of moves) {
    if (m.to === null) continue;
    const a = ids.of(key(m.from));
    const b = ids.of(key(m.to));
    if (a === b || seen.has(a * 2_097_152 + b)) continue;
    seen.add(a * 2_097_152 + b);
    edges.push([a, b]);
  }
  const out: number[][] = Array.from({ length: ids.ids.length }, () => []);
  const isTarget = new Uint8Array(ids.ids.length);
  for (const [a, b] of edges) {
    out[a]!.push(b);
    isTarget[b] = 1;
  }
  if (!out.some((targets, id) => targets.length > 0 && isTarget[id])) return 'sides';
  // A loop anywhere (A → B → … → A) means people go both ways: side by side draws that best.
  return hasLoop(out) ? 'sides' : 'stages';
}

/** True when following the links from some node leads back to it (a depth-first search, without recursion). */
function hasLoop(out: readonly (readonly number[])[]): boolean {
  // 0: not reached, 1: on the current path, 2: done.
  const state = new Uint8Array(out.length);
  for (let root = 0; root < out.length; root++) {
    if (state[root]) continue;
    state[root] = 1;
    const stack: [number, number][] = [[root, 0]];
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const targets = out[top[0]]!;
      if (top[1] >= targets.length) {
        state[top[0]] = 2;
        stack.pop();
        continue;
      }
      const target = targets[top[1]++]!;
      if (state[target] === 1) return true;
      if (state[target] === 0) {
        state[target] = 1;
        stack.push([target, 0]);
      }
    }
  }
  return false;
}

/** What the Sankey draws — nodes and links, grouped — and what its panel says about them. */
export interface SankeyChartModel extends SankeyModel {
  /** The arrangement drawn (the reader's, or the one that suits the data). */
  arrange: SankeyArrangement;
  /** The most nodes a side (or a column) had before grouping. */
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
  const context = { ...lookups, locale };
  const arrange = view.arrange ?? dataArrangement(data.moves, lookups.orgs, view.detail);
  if (arrange === 'sides') {
    const { model, perSide, limit, shown, undatedHidden } = prepareSides(
      data.moves,
      view,
      context,
      view.detail,
      view.top,
    );
    return {
      ...model,
      arrange,
      perSide,
      limit,
      undatedHidden,
      sources: sourcesOf(shown),
    };
  }
  // Moves without a date cannot be placed in a range; the panel says how many the range hides.
  const { pass, undatedHidden } = passingMoves(data.moves, view, lookups.orgs);
  const moves = data.moves.filter((_, i) => pass[i] === 1);
  // Described after grouping: 100,000 moves make tens of thousands of links, and grouping leaves a few hundred.
  const ungrouped = prepareStages(moves, context, view.detail, false);
  const perColumn = new Map<number, number>();
  for (const column of nodeColumns(ungrouped).values())
    perColumn.set(column, (perColumn.get(column) ?? 0) + 1);
  const perSide = Math.max(0, ...perColumn.values());
  const limit = autoLimit(view.top, perSide);
  const grouped = describeLinks(groupOther(ungrouped, limit, new Set(view.companies), locale), context);
  const model = { ...grouped, links: grouped.links.sort(byId) };
  return { ...model, arrange, perSide, limit, undatedHidden, sources: sourcesOf(moves) };
}

const arrangements = perDataset<SankeyDetail, SankeyArrangement>();

/**
 * The arrangement the whole dataset suits ({@link autoArrangement}), decided once per dataset and grouping: the
 * same for every filter, so picking a company never switches the chart between side by side and stages — and a
 * filter change does not walk 100,000 moves looking for a loop.
 */
export function dataArrangement(
  moves: readonly Move[],
  orgs: OrgIndex,
  detail: SankeyDetail,
): SankeyArrangement {
  return arrangements(moves, orgs, detail, () =>
    autoArrangement(moves, detail === 'companies' ? (id) => orgs.companyOf(id) : undefined),
  );
}
