/**
 * Paths stage 1 — moves → each person's path (no pixels). A path is a trail of steps: the steps of one trail in
 * a dataset of one's own (a person's career history, a row of a path table), or — in the article's data — a
 * person's career as the article tells it (Google → OpenAI → Anthropic), and each other named person's move as a
 * path of one step. Only data with trails or careers has this chart.
 */
import './messages';
import type { Move, Person } from '../../data/schema';
import { filterMoves } from '../../model/filters';
import { personName } from '../../model/people';
import type { ChartView, PrepareContext } from '../spec';
export { hasTrails } from './meta';

/** One stop of a path: the organisation, and when the person got there (none for the first). */
export interface PathStop {
  /** Organisation id. */
  org: string;
  company: string;
  name: string;
  /** When they joined it, as written ("Oct 2023"); '' for the first stop or an undated step. */
  when: string;
  /** Lines of the file the step rests on. */
  lines: number[];
}

/** One person's path. */
export interface Trail {
  id: string;
  /** The person's name, or "Row 12" for a row of a path table without names. */
  name: string;
  stops: PathStop[];
}

/** What the paths chart draws, and how many it leaves out. */
export interface PathsModel {
  trails: Trail[];
  /** Paths not drawn past {@link MAX_TRAILS}. */
  hidden: number;
  /** Sources of the moves shown (ids), for the credit line. */
  sources: string[];
}

/** Paths drawn at most: past this the lines would be thinner than a pixel. */
export const MAX_TRAILS = 300;

/**
 * Every step of every path as a move with `trail` and `step`: the data's own steps, each career's stops in turn
 * (dated as the career dates them, resting on the person's lines), and each other named person's moves.
 */
export function trailSteps(data: { moves: readonly Move[]; people?: readonly Person[] }): Move[] {
  const steps = data.moves.filter((m) => m.trail !== undefined && m.step !== undefined);
  const careers = (data.people ?? []).filter((p) => p.career);
  for (const person of careers) {
    const career = person.career!;
    for (let i = 1; i < career.length; i++) {
      steps.push({
        id: `career:${person.id}:${i}`,
        person: person.id,
        count: 1,
        from: career[i - 1]!.org,
        to: career[i]!.org,
        kind: 'joined',
        ...(career[i]!.when ? { when: career[i]!.when } : {}),
        trail: `person:${person.id}`,
        step: i,
        provenance: person.provenance,
      } as Move);
    }
  }
  if (careers.length) {
    const told = new Set(careers.map((p) => p.id));
    for (const move of data.moves)
      if (move.person && move.trail === undefined && !told.has(move.person) && move.to !== null)
        steps.push({ ...move, trail: `move:${move.id}`, step: 1 });
  }
  return steps;
}

/**
 * The paths under the filter, each person's steps in order. The companies choose whole paths (any step through
 * a chosen company keeps the path, so a career is seen from its start); the date range drops the steps outside
 * it, and a path is broken where a step is missing, each piece its own path. Longest paths first, then by name.
 */
export function preparePaths(
  data: { moves: readonly Move[]; people?: readonly Person[] },
  view: ChartView,
  { lookups, locale }: PrepareContext,
): PathsModel {
  const { orgs, people } = lookups;
  const all = trailSteps(data);
  const touched = new Set(filterMoves(all, { ...view, from: null, to: null }, orgs).map((m) => m.trail!));
  const byTrail = new Map<string, Move[]>();
  for (const move of filterMoves(all, { ...view, companies: [] }, orgs)) {
    if (!touched.has(move.trail!)) continue;
    const steps = byTrail.get(move.trail!);
    if (steps) steps.push(move);
    else byTrail.set(move.trail!, [move]);
  }
  const stop = (org: string, move: Move | null): PathStop => ({
    org,
    company: orgs.companyOf(org),
    name: orgs.name(org, locale.lang),
    when: move?.when ? locale.fmt.when(move.when) : '',
    lines: move?.provenance.lines ?? [],
  });
  const trails: Trail[] = [];
  for (const [trail, steps] of byTrail) {
    steps.sort((a, b) => a.step! - b.step!);
    const name = steps[0]!.person
      ? personName(people.get(steps[0]!.person), steps[0]!.person, locale.lang)
      : locale.t('paths.unnamed', { row: trail.replace(/^row-/, '') });
    let current: Trail | null = null;
    let previous: Move | null = null;
    for (const move of steps) {
      if (move.to === null) continue;
      if (!current || !previous || previous.step! + 1 !== move.step || previous.to !== move.from) {
        current = { id: `${trail}#${move.step}`, name, stops: [stop(move.from, null)] };
        trails.push(current);
      }
      current.stops.push(stop(move.to, move));
      previous = move;
    }
  }
  trails.sort((a, b) => b.stops.length - a.stops.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // The filter's companies keep their paths when there are too many to draw.
  const keep = new Set(view.companies);
  const kept =
    trails.length <= MAX_TRAILS
      ? trails
      : [
          ...trails.filter((t) => t.stops.some((s) => keep.has(s.company))),
          ...trails.filter((t) => !t.stops.some((s) => keep.has(s.company))),
        ].slice(0, MAX_TRAILS);
  return {
    trails: kept,
    hidden: trails.length - kept.length,
    sources: [...new Set([...byTrail.values()].flat().flatMap((m) => m.provenance.sources))],
  };
}
