/**
 * Test helpers: the real data files, read from `data/` and validated, and a small synthetic dataset.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_FILES, type DataFileName, type DataFiles, type Move, type Organization } from '../data/schema';
import { parseDataFile } from '../data/validate';
import type { TimelineItem } from '../charts/timeline/prepare';

const dataDir = resolve(__dirname, '../../data');

/** Raw JSON of one data file. */
export function rawDataFile(name: DataFileName): unknown {
  return JSON.parse(readFileSync(resolve(dataDir, DATA_FILES[name].file), 'utf8'));
}

/** Every data file, validated. */
export function loadDataFiles(): DataFiles {
  const entries = (Object.keys(DATA_FILES) as DataFileName[]).map((name) => [
    name,
    parseDataFile(name, rawDataFile(name)),
  ]);
  return Object.fromEntries(entries) as DataFiles;
}

const provenance = { lines: [1], sources: ['36kr'], note: 'test' };

/** A tiny organisation list: two companies, a lab under one, a team under the lab. */
export const testOrgs: Organization[] = [
  { id: 'alpha', name: 'Alpha', kind: 'company', provenance },
  { id: 'alpha-lab', name: 'Alpha Lab', kind: 'lab', parent: 'alpha', provenance },
  { id: 'alpha-team', name: 'Alpha Team', kind: 'team', parent: 'alpha-lab', provenance },
  { id: 'beta', name: 'Beta', kind: 'company', provenance },
  { id: 'gamma', name: 'Gamma', kind: 'company', provenance },
];

/** A move between test organisations. */
export function testMove(id: string, from: string, to: string | null, extra: Partial<Move> = {}): Move {
  return { id, count: 1, from, to, kind: 'joined', provenance, ...extra };
}

/** A timeline item on one day, with no company unless given; `extra` overrides any field. */
export function testTimelineItem(id: string, day: string, extra: Partial<TimelineItem> = {}): TimelineItem {
  return {
    id,
    title: id,
    start: day,
    end: day,
    dateText: day,
    name: id,
    company: null,
    companies: [],
    inRange: true,
    detail: { people: [], sources: [], lines: [1], note: '' },
    ...extra,
  };
}
