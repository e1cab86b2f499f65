// @vitest-environment jsdom
/**
 * Property-based tests (fast-check): whatever the data or the URL, the app never throws and never draws NaN, and
 * any text survives export as well-formed SVG.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutSankey } from '../charts/sankey/layout';
import { prepareSankey } from '../charts/sankey/prepare';
import { SankeyMarks } from '../charts/sankey/Marks';
import { buildPalette } from '../charts/shared/theme';
import type { DataFileName, DataFiles } from '../data/schema';
import { checkReferences, DataValidationError, parseDataFile } from '../data/validate';
import { renderSvgDocument } from '../export/svgDocument';
import { buildOrgIndex } from '../model/orgIndex';
import { NO_FILTER } from '../model/filters';
import { parseUrlState, serializeUrlState } from '../state/url';
import { anyText, rawDataset } from './arbitraries';
import { badNumbers, deepFreeze, drawAll } from './drawAll';
import { rawDataFile } from './fixtures';

const sources = parseDataFile('sources', rawDataFile('sources'));

/**
 * Each property renders hundreds of generated cases; on a shared, busy machine that takes longer than Vitest's
 * 5 s default. The time is not what is tested.
 */
const HEAVY = 60_000;

/** The dataset as the app's loader would have it, or null when validation rejects it. */
function validated(raw: Partial<Record<DataFileName, unknown[]>>): DataFiles | null {
  try {
    const files = Object.fromEntries(
      Object.entries(raw).map(([name, records]) => [name, parseDataFile(name as DataFileName, records)]),
    ) as unknown as DataFiles;
    const all = { ...files, sources };
    return checkReferences(all).length ? null : all;
  } catch (error) {
    if (error instanceof DataValidationError) return null;
    throw error;
  }
}

describe('any dataset that passes validation', () => {
  it(
    'lays out every chart with no NaN and no throw, and leaves the data unchanged',
    () => {
      let drawn = 0;
      fc.assert(
        fc.property(rawDataset, fc.integer({ min: 40, max: 2400 }), fc.boolean(), (raw, width, zh) => {
          const files = validated(raw);
          fc.pre(files !== null);
          const frozen = deepFreeze(files!);
          const filter = { ...NO_FILTER, companies: [frozen.organizations[0]!.id] };
          for (const f of [NO_FILTER, filter]) {
            const geometry = drawAll(frozen, f, zh ? 'zh-Hant' : 'en', width);
            expect(badNumbers(geometry)).toEqual([]);
          }
          drawn++;
        }),
        { numRuns: 150 },
      );
      // Most generated datasets are valid: the property is not passing vacuously.
      expect(drawn).toBeGreaterThan(100);
    },
    HEAVY,
  );
});

const urlKey = fc.constantFrom(
  'company',
  'from',
  'to',
  'metric',
  'detail',
  'present',
  'step',
  'lang',
  'theme',
  'x',
);
const urlValue = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.stringMatching(/^(%[0-9A-Fa-f]{0,2}|[a-z,+-]|\d{1,4}(-\d{1,2})?)*$/),
  fc.constantFrom('google,meta', '2023-10', '2024', '2019-04-16', '%E0%A4%A', '%', 'pay', 'zh-Hant', '9999'),
);
const queryString = fc
  .array(fc.tuple(urlKey, fc.option(urlValue, { nil: undefined })), { maxLength: 8 })
  .map((pairs) => `?${pairs.map(([k, v]) => (v === undefined ? k : `${k}=${v}`)).join('&')}`);

describe('URL parsing', () => {
  it(
    'takes any string without throwing, and what it writes back reads the same with no notice',
    () => {
      const known = new Set(['google', 'meta', 'openai']);
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: 'binary' }), queryString), (search) => {
          const { state } = parseUrlState(search, known);
          const tidy = serializeUrlState(state);
          const again = parseUrlState(tidy, known);
          expect(again.notices).toEqual([]);
          expect(again.state).toEqual(state);
          expect(state.from === null || state.to === null || state.from <= state.to).toBe(true);
        }),
        { numRuns: 2000 },
      );
    },
    HEAVY,
  );
});

describe('export', () => {
  it(
    'keeps any label as the same text in a well-formed SVG',
    async () => {
      await fc.assert(
        fc.asyncProperty(anyText, anyText, async (title, label) => {
          const name = `Acme ${label}`;
          const org = (id: string, n: string) => ({
            id,
            name: n,
            kind: 'company' as const,
            provenance: sources[0]!.provenance,
          });
          const organizations = [org('acme', 'Acme'), org('beta', 'Beta')];
          const files = validated({ organizations, people: [], moves: [], figures: [], events: [] });
          fc.pre(files !== null);
          const orgs = buildOrgIndex(organizations);
          // The hostile label is the node's display name; the id stays a slug.
          const model = prepareSankey(
            [
              {
                id: 'm',
                count: 3,
                from: 'acme',
                to: 'beta',
                kind: 'joined',
                provenance: sources[0]!.provenance,
              },
            ],
            { orgs, people: new Map(), sources: new Map(), figures: new Map() },
            'companies',
          );
          model.nodes.forEach((n) => n.orgId === 'acme' && (n.name = name));
          const geometry = layoutSankey(model, { width: 640, height: 360 });
          const svg = await renderSvgDocument(
            {
              title,
              subtitle: label,
              credit: 'Source: 36Kr',
              preset: 'panel',
              chart: { width: geometry.width, height: geometry.height },
            },
            <SankeyMarks geometry={geometry} color={buildPalette(['acme', 'beta'])} titles />,
          );
          const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
          expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
          expect(doc.getElementsByTagName('script')).toHaveLength(0);
          const texts = [...doc.querySelectorAll('title, text, tspan')].map((e) => e.textContent ?? '');
          expect(texts.join('\n')).toContain(title.trim());
          expect(texts.some((t) => t.includes(name))).toBe(true);
        }),
        { numRuns: 200 },
      );
    },
    HEAVY,
  );
});
