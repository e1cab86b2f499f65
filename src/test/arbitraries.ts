/**
 * fast-check arbitraries for raw datasets in the app's schema: random organisations (any Unicode in names, hostile
 * markup included), people, moves, figures and events with dates at every precision. Most generated datasets are
 * valid; the property tests keep those that pass the same validation as the app and discard the rest.
 */
import fc from 'fast-check';
import { MAX_COUNT, slugify, type DataFileName } from '../data/schema';

const provenance = { lines: [1], sources: ['36kr'], note: 'generated' };

/** Text of any Unicode (emoji, CJK, combining marks, markup), kept to the schema's 80 characters. */
export const anyText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 });

/** A name whose slug is a valid id: a Latin word first, then anything. */
const orgName = fc
  .tuple(fc.stringMatching(/^[A-Z][a-z]{1,8}( [A-Z][a-z]{1,8})?$/), fc.option(anyText, { nil: undefined }))
  .map(([word, rest]) => (rest === undefined ? word : `${word} ${rest}`).slice(0, 80).trim());

/** An ISO date at a precision, in the schema's year range. */
export const when = fc
  .tuple(
    fc.date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2030-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    fc.constantFrom('year', 'month', 'day'),
  )
  .map(([d, precision]) => ({
    date: d.toISOString().slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10),
    precision,
  }));

/** A raw dataset (organisations, people, moves, figures, events; sources are the real file's). */
export const rawDataset = fc
  .uniqueArray(orgName, { minLength: 1, maxLength: 12, selector: (n) => slugify(n) })
  .chain((names) => {
    const ids = names.map(slugify);
    const orgIndex = fc.nat({ max: ids.length - 1 });
    const organizations = fc.tuple(
      ...names.map((name, i) =>
        fc
          .record({
            nameZh: fc.option(anyText, { nil: undefined }),
            // A team or lab under an earlier organisation, so parents never loop.
            parent: i === 0 ? fc.constant(undefined) : fc.option(fc.nat({ max: i - 1 }), { nil: undefined }),
            kind: fc.constantFrom('company', 'lab', 'team', 'government'),
          })
          .map(({ nameZh, parent, kind }) => ({
            id: ids[i]!,
            name,
            ...(nameZh !== undefined && nameZh.trim() !== '' ? { nameZh } : {}),
            kind:
              parent === undefined
                ? kind === 'government'
                  ? 'government'
                  : 'company'
                : kind === 'lab'
                  ? 'lab'
                  : 'team',
            ...(parent !== undefined ? { parent: ids[parent] } : {}),
            provenance,
          })),
      ),
    );
    const moves = fc.array(
      fc.record({
        from: orgIndex,
        to: fc.option(orgIndex, { nil: null }),
        count: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: MAX_COUNT })),
        kind: fc.constantFrom('joined', 'founded'),
        when: fc.option(when, { nil: undefined }),
      }),
      { maxLength: 40 },
    );
    const figures = fc.array(
      fc.record({
        subject: orgIndex,
        pay: fc.boolean(),
        value: fc.double({ min: 0, max: 100, noNaN: true }),
        scale: fc.constantFrom(1, 1e3, 1e6, 1e7),
      }),
      { maxLength: 10 },
    );
    const events = fc.array(
      fc.record({ when, orgs: fc.uniqueArray(orgIndex, { maxLength: 3 }), title: anyText }),
      { maxLength: 20 },
    );
    return fc.record({ organizations, moves, figures, events }).map((d) => ({
      organizations: d.organizations,
      people: [],
      moves: d.moves
        .filter((m) => m.to === null || ids[m.to] !== ids[m.from])
        .map((m, i) => ({
          id: `move-${i}`,
          count: m.count,
          from: ids[m.from]!,
          to: m.to === null ? null : ids[m.to]!,
          kind: m.kind,
          ...(m.when ? { when: m.when } : {}),
          provenance,
        })),
      figures: d.figures.map((f, i) => ({
        id: `figure-${i}`,
        metric: f.pay ? 'average-annual-pay' : 'share-of-openai-hires',
        subject: ids[f.subject]!,
        label: `Figure ${i}`,
        value: f.pay ? f.value * f.scale : f.value,
        unit: f.pay ? 'USD per year' : 'percent',
        provenance,
      })),
      events: d.events.map((e, i) => ({
        id: `event-${i}`,
        when: e.when,
        kind: 'move',
        title: e.title.trim() || 'Event',
        orgs: e.orgs.map((o) => ids[o]!),
        people: [],
        provenance,
      })),
    })) as fc.Arbitrary<Partial<Record<DataFileName, unknown[]>>>;
  });
