/**
 * The side-by-side Sankey, prepared incrementally. A dataset's moves are indexed once (per organisation index and
 * grouping): each move's node keys and link as integers, its count and flags in typed arrays; which moves pass a
 * filter comes from the index every chart shares (`passingMoves`). A filter change then runs two tight loops over
 * those arrays — what each passing move adds to its link and node, then links folded into "Other" — instead of
 * building a string-keyed link object per move and folding tens of thousands of them. At 100,000 moves that is
 * the difference between most of a second and a few milliseconds.
 *
 * The result is the same model {@link prepareSankey} + {@link groupOther} + {@link describeLinks} give (the unit
 * tests hold them equal): same nodes, links, values, qualifiers, sampled moves and order.
 */
import type { Move } from '../../data/schema';
import { hasMoveColumns, moveColumns, passingMoves, type Filter } from '../../model/filters';
import type { OrgIndex } from '../../model/orgIndex';
import { numbering, perDataset } from '../../model/perDataset';
import { EN } from '../../i18n/locale';
import {
  autoLimit,
  byId,
  describeLinks,
  MAX_MOVE_DETAILS,
  NOT_STATED,
  OTHER,
  type SankeyContext,
  type SankeyModel,
  type SankeyModelLink,
  type SankeyModelNode,
} from './prepare';

/** Qualifier codes, ordered so that the larger wins (as `addMove` and `mergeLink` decide). */
const QUALIFIERS = [undefined, 'at-least', 'more-than'] as const;

/** One dataset's moves as arrays (see the module comment). Keys are node keys: a company, or an organisation. */
interface SidesIndex {
  /** Node keys of each side, and each move's. */
  fromKeys: string[];
  toKeys: string[];
  fromKey: Int32Array;
  toKey: Int32Array;
  /** Raw (ungrouped) links: a pair of keys, numbered in order of first appearance; each move's. */
  pairFrom: Int32Array;
  pairTo: Int32Array;
  pair: Int32Array;
  /** Each pair's moves, in data order (offsets into `pairMoves`). */
  pairStart: Int32Array;
  pairMoves: Int32Array;
  count: Float64Array;
  qualifier: Uint8Array;
  derived: Uint8Array;
}

const sidesIndexes = perDataset<'companies' | 'teams', SidesIndex>();

/** The index of `moves` for `orgs` and `detail`, built on first use and kept while the moves are. */
function sidesIndex(moves: readonly Move[], orgs: OrgIndex, detail: 'companies' | 'teams'): SidesIndex {
  return sidesIndexes(moves, orgs, detail, () => buildSidesIndex(moves, orgs, detail));
}

/**
 * True when this thread holds the index of `moves` for `orgs` and `detail` (and the filter index every chart
 * shares): a filter change then costs {@link prepareSides} a few milliseconds, not the first render's hundred.
 */
export function sidesIndexed(moves: readonly Move[], orgs: OrgIndex, detail: 'companies' | 'teams'): boolean {
  return sidesIndexes.has(moves, orgs, detail) && hasMoveColumns(moves);
}

/**
 * Builds here, now, what {@link sidesIndexed} asks about (~100 ms at 10,000 moves, once per dataset and grouping):
 * for a page that lets the worker draw the first charts and indexes the data while idle.
 */
export function indexSides(moves: readonly Move[], orgs: OrgIndex, detail: 'companies' | 'teams'): void {
  sidesIndex(moves, orgs, detail);
  moveColumns(moves);
}

function buildSidesIndex(moves: readonly Move[], orgs: OrgIndex, detail: 'companies' | 'teams'): SidesIndex {
  const n = moves.length;
  const fromKeys = numbering();
  const toKeys = numbering();
  const pairs = new Map<number, number>();
  const keyOf = (org: string) => (detail === 'companies' ? orgs.companyOf(org) : org);
  const index: SidesIndex = {
    fromKeys: fromKeys.ids,
    toKeys: toKeys.ids,
    fromKey: new Int32Array(n),
    toKey: new Int32Array(n),
    pairFrom: new Int32Array(0),
    pairTo: new Int32Array(0),
    pair: new Int32Array(n),
    pairStart: new Int32Array(0),
    pairMoves: new Int32Array(n),
    count: new Float64Array(n),
    qualifier: new Uint8Array(n),
    derived: new Uint8Array(n),
  };
  const pairFrom: number[] = [];
  const pairTo: number[] = [];
  const pairSize: number[] = [];
  for (let i = 0; i < n; i++) {
    const m = moves[i]!;
    const from = fromKeys.of(keyOf(m.from));
    const to = toKeys.of(m.to === null ? NOT_STATED : keyOf(m.to));
    index.fromKey[i] = from;
    index.toKey[i] = to;
    // Key counts stay far below 2^26, so one number names the pair.
    const id = from * 67_108_864 + to;
    let p = pairs.get(id);
    if (p === undefined) {
      p = pairFrom.length;
      pairs.set(id, p);
      pairFrom.push(from);
      pairTo.push(to);
      pairSize.push(0);
    }
    index.pair[i] = p;
    pairSize[p]!++;
    index.count[i] = m.count;
    index.qualifier[i] = QUALIFIERS.indexOf(m.countQualifier);
    index.derived[i] = m.derived === undefined ? 0 : 1;
  }
  index.pairFrom = Int32Array.from(pairFrom);
  index.pairTo = Int32Array.from(pairTo);
  index.pairStart = new Int32Array(pairFrom.length + 1);
  for (let p = 0; p < pairFrom.length; p++) index.pairStart[p + 1] = index.pairStart[p]! + pairSize[p]!;
  const filled = index.pairStart.slice(0, pairFrom.length);
  for (let i = 0; i < n; i++) index.pairMoves[filled[index.pair[i]!]!++] = i;
  return index;
}

/** What {@link prepareSides} returns beside the model: the figures the Sankey's panel reports. */
export interface SidesResult {
  model: SankeyModel;
  /** Organisations on the fuller side before grouping. */
  perSide: number;
  /** Organisations kept per side before "Other" (0: all): see `autoLimit`. */
  limit: number;
  /** The filter's moves (in data order) — for the credit line's sources. */
  shown: Move[];
  /** Moves the date range hides because they are not dated. */
  undatedHidden: number;
}

/**
 * Moves → the side-by-side Sankey model for `filter`, grouped to the reader's `top` organisations a side (or
 * as many as {@link autoLimit} decides), the companies in the filter always kept; see the module comment.
 */
export function prepareSides(
  moves: readonly Move[],
  filter: Filter,
  context: SankeyContext,
  detail: 'companies' | 'teams',
  top: number | null,
): SidesResult {
  const { orgs } = context;
  const locale = context.locale ?? EN;
  const ix = sidesIndex(moves, orgs, detail);
  const n = moves.length;
  const selection = new Set(filter.companies);
  const { pass, undatedHidden } = passingMoves(moves, filter, orgs);
  const fromTotal = new Float64Array(ix.fromKeys.length);
  const toTotal = new Float64Array(ix.toKeys.length);
  const fromSeen = new Uint8Array(ix.fromKeys.length);
  const toSeen = new Uint8Array(ix.toKeys.length);
  const pairs = ix.pairFrom.length;
  const pairValue = new Float64Array(pairs);
  const pairCount = new Int32Array(pairs);
  const pairQualifier = new Uint8Array(pairs);
  const pairDerived = new Uint8Array(pairs);
  const pairFirst = new Int32Array(pairs).fill(-1);
  const order: number[] = [];
  const shown: Move[] = [];
  for (let i = 0; i < n; i++) {
    if (!pass[i]) continue;
    shown.push(moves[i]!);
    const count = ix.count[i]!;
    const from = ix.fromKey[i]!;
    const target = ix.toKey[i]!;
    fromTotal[from]! += count;
    toTotal[target]! += count;
    fromSeen[from] = 1;
    toSeen[target] = 1;
    const p = ix.pair[i]!;
    if (pairFirst[p] === -1) {
      pairFirst[p] = i;
      order.push(p);
    }
    pairValue[p]! += count;
    pairCount[p]!++;
    if (ix.qualifier[i]! > pairQualifier[p]!) pairQualifier[p] = ix.qualifier[i]!;
    pairDerived[p] ||= ix.derived[i]!;
  }
  const fromShown = keptKeys(ix.fromKeys, fromSeen);
  const toShown = keptKeys(ix.toKeys, toSeen);
  const perSide = Math.max(fromShown.length, toShown.length);
  const limit = autoLimit(top, perSide);
  const keep = (key: string) => key !== NOT_STATED && selection.has(orgs.companyOf(key));
  const fromFolded = foldOf(fromShown, fromTotal, limit, ix.fromKeys, keep);
  const toFolded = foldOf(toShown, toTotal, limit, ix.toKeys, keep);
  const nodeId = (side: 'from' | 'to', key: string) => `${side}:${key}`;
  const nodes: SankeyModelNode[] = [];
  const addNodes = (side: 'from' | 'to', keys: string[], shownKeys: number[], folded: Set<number>) => {
    for (const k of shownKeys) {
      if (folded.has(k)) continue;
      const key = keys[k]!;
      const stated = key !== NOT_STATED;
      nodes.push({
        id: nodeId(side, key),
        side,
        orgId: stated ? key : null,
        company: stated ? orgs.companyOf(key) : null,
        name: stated ? orgs.name(key, locale.lang) : locale.t('sankey.notStated'),
      });
    }
    if (folded.size)
      nodes.push({
        id: `${side}:${OTHER}`,
        side,
        orgId: null,
        company: null,
        name: locale.t('sankey.other', { count: folded.size }),
      });
  };
  addNodes('from', ix.fromKeys, fromShown, fromFolded);
  addNodes('to', ix.toKeys, toShown, toFolded);
  // Links by grouped source and target as one number (a key index, or -1 for "Other"): no string per pair.
  const links = new Map<number, SankeyModelLink>();
  const width = ix.toKeys.length + 1;
  for (const p of order) {
    const fromK = fromFolded.has(ix.pairFrom[p]!) ? -1 : ix.pairFrom[p]!;
    const toK = toFolded.has(ix.pairTo[p]!) ? -1 : ix.pairTo[p]!;
    const slot = (fromK + 1) * width + toK + 1;
    let link = links.get(slot);
    if (!link) {
      const first = moves[pairFirst[p]!]!;
      const source = fromK < 0 ? `from:${OTHER}` : nodeId('from', ix.fromKeys[fromK]!);
      const target = toK < 0 ? `to:${OTHER}` : nodeId('to', ix.toKeys[toK]!);
      link = {
        id: `${source}→${target}`,
        source,
        target,
        value: 0,
        unit: first.unit,
        qualifier: undefined,
        derived: false,
        // A link out of "Other" mixes companies: it takes the neutral colour (no company has OTHER's id).
        company: fromK < 0 ? OTHER : orgs.companyOf(first.from),
        moves: [],
        moveCount: 0,
        sample: [],
      };
      links.set(slot, link);
    }
    link.value += pairValue[p]!;
    link.moveCount += pairCount[p]!;
    const qualifier = QUALIFIERS[pairQualifier[p]!];
    if (qualifier && link.qualifier !== 'more-than') link.qualifier = qualifier;
    link.derived ||= pairDerived[p] === 1;
    // The pair's first moves that pass, as many as the link still has room for.
    const sample = link.sample!;
    for (let j = ix.pairStart[p]!; j < ix.pairStart[p + 1]! && sample.length < MAX_MOVE_DETAILS; j++) {
      const i = ix.pairMoves[j]!;
      if (pass[i]) sample.push(moves[i]!);
    }
  }
  const model = describeLinks(
    { nodes: nodes.sort(byId), links: [...links.values()], unit: shown[0]?.unit },
    context,
  );
  model.links.sort(byId);
  return { model, perSide, limit, shown, undatedHidden };
}

/** The keys a side has under the filter. */
function keptKeys(keys: readonly string[], seen: Uint8Array): number[] {
  const out: number[] = [];
  for (let k = 0; k < keys.length; k++) if (seen[k]) out.push(k);
  return out;
}

/**
 * The keys of one side folded into "Other": all but the `limit` largest (ties by id) and those `keep` names;
 * none when the side has no more than `limit` keys, or for a limit of 0.
 */
function foldOf(
  shown: number[],
  total: Float64Array,
  limit: number,
  keys: readonly string[],
  keep: (key: string) => boolean,
): Set<number> {
  const folded = new Set<number>();
  if (limit <= 0 || shown.length <= limit) return folded;
  const ranked = [...shown].sort((a, b) => total[b]! - total[a]! || (keys[a]! < keys[b]! ? -1 : 1));
  ranked.forEach((k, i) => {
    if (i >= limit && !keep(keys[k]!)) folded.add(k);
  });
  return folded;
}
