/**
 * The single definition of the curated dataset under `data/`: one zod schema per file.
 *
 * Every record is taken from 36Kr's 2024-01-23 article (`../shared/source/article.zh-Hant.txt`) and carries a
 * {@link Provenance}. `npm run check:data` and the app's loaders both validate with these schemas, so a record
 * that passes here is one the views can draw.
 */
import { z } from 'zod';
import {
  isIsoAtPrecision,
  MAX_COUNT,
  PRECISIONS,
  slugify,
  SLUG_PATTERN,
  YEAR_RANGE,
  type Precision,
} from './shapes';

// Plain words for a missing or null field, instead of "expected object, received undefined".
z.config({
  customError: (issue) => {
    if (issue.code !== 'invalid_type') return undefined;
    if (issue.input === undefined) return `is required (${issue.expected})`;
    if (issue.input === null) return `must not be null (expected ${issue.expected})`;
    return undefined;
  },
});

// The zod-free parts live in shapes.ts (the first page load needs them; zod loads with the data). Re-exported, so
// this stays the one place to import the data's definitions from.
export * from './shapes';

/**
 * Whether `id` fits `name`: it is the name's slug, or — for names a slug cannot tell apart (other scripts, `C++`
 * and `C`), as in a reader's own data — the slug followed by `-x` and a hash. A name with no slug may have any id.
 */
export function idFitsName(id: string, name: string): boolean {
  const slug = slugify(name);
  return (
    slug === '' ||
    id === slug ||
    new RegExp(`^${slug.slice(0, 70).replace(/-+$/, '')}-x[a-z0-9]{1,7}$`).test(id)
  );
}

/** A record id: a slug, at most 80 characters. */
export const IdSchema = z
  .string()
  .max(80, 'ids are at most 80 characters')
  .regex(SLUG_PATTERN, 'must be a slug: lowercase letters, digits and single hyphens');

// Control characters (U+0000–U+001F except tab, newline and carriage return, and U+007F) are invisible and make
// exported SVG files malformed XML, so no text field may hold them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** One line of text, trimmed, 1 to `max` characters, without control characters. */
export function textSchema(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `at most ${max} characters`)
    .refine((text) => !CONTROL_CHARACTERS.test(text), 'contains a control character');
}

/** How finely a date is known. */
export const PrecisionSchema = z.enum(PRECISIONS);

/**
 * When something happened, as ISO 8601 at an explicit precision. `through` makes it an interval, e.g. the
 * article's "since last October" is `{ date: "2023-10", precision: "month", through: "2024-01" }`, resolved
 * against the article's own date.
 */
export const WhenSchema = z
  .strictObject({
    date: z.string(),
    precision: PrecisionSchema,
    through: z.string().optional(),
  })
  .superRefine((when, ctx) => {
    if (!isIsoAtPrecision(when.date, when.precision)) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `"${when.date}" is not a real ${when.precision}-precision ISO 8601 date (expected ${EXAMPLE[when.precision]}, years ${YEAR_RANGE.min}–${YEAR_RANGE.max})`,
      });
    }
    if (when.through !== undefined) {
      if (!isIsoAtPrecision(when.through, when.precision)) {
        ctx.addIssue({
          code: 'custom',
          path: ['through'],
          message: `"${when.through}" is not a real ${when.precision}-precision ISO 8601 date (expected ${EXAMPLE[when.precision]})`,
        });
      } else if (when.through < when.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['through'],
          message: `ends (${when.through}) before it starts (${when.date})`,
        });
      }
    }
  });
/** A date or interval at an explicit precision; see {@link WhenSchema}. */
export type When = z.infer<typeof WhenSchema>;

const EXAMPLE: Record<Precision, string> = { year: 'YYYY', month: 'YYYY-MM', day: 'YYYY-MM-DD' };

/** Where a record comes from: article line numbers, the outside source(s) credited, and a note in our own words. */
export const ProvenanceSchema = z.strictObject({
  lines: z.array(z.int().positive()).min(1, 'cite at least one line of the article'),
  sources: z.array(IdSchema).min(1, 'name at least one source (36kr when the article credits no one)'),
  note: textSchema(140).refine((note) => !/[\r\n]/.test(note), 'keep the note to one line'),
});
/** Provenance of a record: `lines` in the article file (1-based), `sources` (ids in sources.json), `note`. */
export type Provenance = z.infer<typeof ProvenanceSchema>;

/**
 * A value computed from other records by arithmetic. `formula` uses the names of `inputs`, which map to figure
 * ids, e.g. `{ formula: "openai / (1 + premium / 100)", inputs: { openai: "openai-average-annual-pay", ... } }`.
 */
export const DerivedSchema = z.strictObject({
  formula: textSchema(200),
  inputs: z.record(
    z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'input names are camelCase identifiers'),
    IdSchema,
  ),
});
/** How a derived value is computed; see {@link DerivedSchema}. */
export type Derived = z.infer<typeof DerivedSchema>;

const NameFields = {
  name: textSchema(80),
  /** The Chinese form the article uses, where it differs from the English name. */
  nameZh: textSchema(80).optional(),
  /** Other spellings the article uses (including its typos, e.g. "Google Brian"). */
  aliases: z.array(textSchema(80)).optional(),
};

/** The article itself: publication metadata and a fingerprint of the text the line numbers refer to. */
export const ArticleSchema = z.strictObject({
  id: IdSchema,
  publisher: z.string().min(1),
  publisherZh: z.string().min(1),
  titleZh: z.string().min(1),
  titleEn: z.string().min(1),
  published: WhenSchema,
  publishedTime: z.string().regex(/^\d{2}:\d{2}$/),
  authorZh: z.string().min(1),
  editorZh: z.string().min(1),
  language: z.string().min(2),
  file: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  lineCount: z.int().positive(),
  provenance: ProvenanceSchema,
});
/** Metadata of the source article (`data/article.json`). */
export type Article = z.infer<typeof ArticleSchema>;

/** An outside source the article credits (research firm, publication, platform), or the article itself. */
export const SourceSchema = z.strictObject({
  id: IdSchema,
  ...NameFields,
  kind: z.enum(['article', 'publication', 'research-firm', 'platform', 'unnamed', 'image-credit']),
  provenance: ProvenanceSchema,
});
/** A record of `data/sources.json`. */
export type Source = z.infer<typeof SourceSchema>;

/**
 * A record's id must be the slug of its name. A name with no Latin letter or digit (深度求索) has no slug: its id is
 * free, as long as it is a slug.
 */
function checkIdFitsName(record: { id: string; name: string }, ctx: z.RefinementCtx): void {
  if (!idFitsName(record.id, record.name)) {
    ctx.addIssue({
      code: 'custom',
      path: ['id'],
      message: `must be the slug of the name: "${slugify(record.name)}"`,
    });
  }
}

/** A company, lab, team or government body. Teams and labs name their `parent`. */
export const OrganizationSchema = z
  .strictObject({
    id: IdSchema,
    ...NameFields,
    kind: z.enum(['company', 'lab', 'team', 'government']),
    parent: IdSchema.optional(),
    provenance: ProvenanceSchema,
  })
  .superRefine((org, ctx) => {
    checkIdFitsName(org, ctx);
    if ((org.kind === 'team' || org.kind === 'lab') && org.parent === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['parent'],
        message: `a ${org.kind} must name the organisation it belongs to`,
      });
    }
    if (org.parent === org.id) {
      ctx.addIssue({ code: 'custom', path: ['parent'], message: 'an organisation cannot be its own parent' });
    }
  });
/** A record of `data/organizations.json`. */
export type Organization = z.infer<typeof OrganizationSchema>;

/** A person the article names. */
export const PersonSchema = z
  .strictObject({
    id: IdSchema,
    ...NameFields,
    /** Their role as the article describes it, in our words. */
    role: textSchema(100),
    /** The organisation the article last places them at. */
    org: IdSchema.optional(),
    /** The name is kept exactly as the article prints it although it looks misspelt; shown with [sic]. */
    sic: z.boolean().optional(),
    /**
     * The organisations the article places them at, in order, when it tells more than one move of their career
     * (Google → OpenAI → Anthropic); each stop dated when the article dates it. The lines are the person's.
     */
    career: z
      .array(z.strictObject({ org: IdSchema, when: WhenSchema.optional() }))
      .min(2, 'a career has at least two organisations')
      .optional(),
    provenance: ProvenanceSchema,
  })
  .superRefine(checkIdFitsName);
/** A record of `data/people.json`. */
export type Person = z.infer<typeof PersonSchema>;

/** "at least N" or "more than N": the article gives a lower bound, not an exact count. */
export const CountQualifierSchema = z.enum(['at-least', 'more-than']);

/**
 * People moving from one organisation to another: one named person (`count` 1), or an unnamed group of `count`
 * people. `to: null` means the article does not say where they went.
 */
export const MoveSchema = z
  .strictObject({
    id: IdSchema,
    person: IdSchema.optional(),
    /** People in this move — or, with a `unit`, how much flows (a dataset of one's own: TWh, millions of persons). */
    count: z
      .number()
      .positive()
      .max(MAX_COUNT, `at most ${MAX_COUNT.toLocaleString('en-US')} people in one move`),
    /**
     * What `count` measures when it is not people: a unit as a table names it (`TWh`), or '' for plain numbers.
     * Absent for people, as in the article.
     */
    unit: z.string().max(40).optional(),
    countQualifier: CountQualifierSchema.optional(),
    from: IdSchema,
    to: IdSchema.nullable(),
    /** `founded`: they left to found or co-found `to`. */
    kind: z.enum(['joined', 'founded']),
    when: WhenSchema.optional(),
    role: textSchema(100).optional(),
    derived: DerivedSchema.optional(),
    /** The person or row whose path this move is a step of (a career history, a path table), and which step. */
    trail: IdSchema.optional(),
    step: z.int().positive().optional(),
    provenance: ProvenanceSchema,
  })
  .superRefine((move, ctx) => {
    if (move.unit === undefined && !Number.isInteger(move.count)) {
      ctx.addIssue({ code: 'custom', path: ['count'], message: 'people are counted in whole numbers' });
    }
    if (move.person !== undefined && (move.count !== 1 || move.countQualifier !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['count'],
        message: 'a move of one named person has count 1 and no qualifier',
      });
    }
    if (move.from === move.to) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `a move cannot go from "${move.from}" to itself`,
      });
    }
  });
/** A record of `data/moves.json`. */
export type Move = z.infer<typeof MoveSchema>;

/** What a figure measures. */
export const MetricSchema = z.enum([
  'average-annual-pay',
  'max-annual-package',
  'pay-premium',
  'share-of-openai-hires',
  'stock-grant',
  'startups-founded',
  'headcount',
  'share-of-time',
  'share-of-authors',
  'valuation',
  'cost',
  'growth',
  'influence-rank',
  'duration',
  'count',
]);
/** What a figure measures, e.g. `average-annual-pay` (USD per year) or `share-of-openai-hires` (percent). */
export type Metric = z.infer<typeof MetricSchema>;

/** The units each metric may be in, so no chart ever draws percent on a USD axis. */
const METRIC_UNITS: Partial<Record<z.infer<typeof MetricSchema>, readonly string[]>> = {
  'average-annual-pay': ['USD per year'],
  'max-annual-package': ['USD per year'],
  'share-of-openai-hires': ['percent'],
  'pay-premium': ['percent'],
  'share-of-time': ['percent'],
  'share-of-authors': ['percent'],
  valuation: ['USD'],
  cost: ['USD'],
  'stock-grant': ['USD'],
};

/** Units of figures. */
export const UnitSchema = z.enum([
  'USD per year',
  'USD',
  'percent',
  'people',
  'startups',
  'hires',
  'years',
  'methods',
  'rank',
]);
/** The unit a figure's value is in. */
export type Unit = z.infer<typeof UnitSchema>;

/**
 * A number the article gives (or that follows from its numbers, marked `derived`). Exactly one of `value`,
 * `range` or `magnitude`, or only a `rank` where the article ranks without a number.
 */
export const FigureSchema = z
  .strictObject({
    id: IdSchema,
    metric: MetricSchema,
    /** The organisation the figure is about; absent for general figures. */
    subject: IdSchema.optional(),
    /** Other organisations it concerns (OpenAI, for a share of OpenAI's hires from Google); filters match these too. */
    related: z.array(IdSchema).optional(),
    label: textSchema(100),
    /** The label in Traditional Chinese, our words, shown when the reader chooses Chinese. */
    labelZh: textSchema(60).optional(),
    value: z.number().finite().min(-1e15).max(1e15).optional(),
    qualifier: z.enum(['at-least', 'more-than', 'nearly', 'up-to']).optional(),
    /** 1 = largest, where the article ranks. */
    rank: z.int().positive().optional(),
    range: z.strictObject({ min: z.number().finite(), max: z.number().finite() }).optional(),
    /** Orders of magnitude only ("hundreds of thousands to millions"): powers of ten, in `unit`. */
    magnitude: z.strictObject({ from: z.number().positive(), to: z.number().positive() }).optional(),
    unit: UnitSchema,
    when: WhenSchema.optional(),
    derived: DerivedSchema.optional(),
    provenance: ProvenanceSchema,
  })
  .superRefine((figure, ctx) => {
    const kinds = [figure.value, figure.range, figure.magnitude].filter((x) => x !== undefined).length;
    if (kinds > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'give only one of value, range or magnitude',
      });
    }
    if (kinds === 0 && figure.rank === undefined) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'give a value, range, magnitude or rank' });
    }
    if (figure.range && figure.range.min > figure.range.max) {
      ctx.addIssue({ code: 'custom', path: ['range'], message: 'min is greater than max' });
    }
    const units = METRIC_UNITS[figure.metric];
    if (units && !units.includes(figure.unit)) {
      ctx.addIssue({
        code: 'custom',
        path: ['unit'],
        message: `a ${figure.metric} figure is in ${units.join(' or ')}`,
      });
    }
    const values = [figure.value, figure.range?.min, figure.range?.max].filter(
      (v): v is number => v !== undefined,
    );
    if (figure.metric !== 'growth' && values.some((v) => v < 0)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'must not be negative' });
    }
    if (
      figure.unit === 'percent' &&
      figure.metric !== 'growth' &&
      figure.metric !== 'pay-premium' &&
      values.some((v) => v > 100)
    ) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a share is at most 100 percent' });
    }
    if (figure.derived && figure.value === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['derived'],
        message: 'a derived figure needs the value its formula gives',
      });
    }
  });
/** A record of `data/figures.json`. */
export type Figure = z.infer<typeof FigureSchema>;

/** A dated event of the article. */
export const EventSchema = z.strictObject({
  id: IdSchema,
  when: WhenSchema,
  kind: z.enum(['move', 'policy', 'publication', 'product', 'pay', 'company', 'data']),
  /** What happened, in our words, short enough to label a mark. */
  title: textSchema(90),
  titleZh: textSchema(60).optional(),
  orgs: z.array(IdSchema),
  people: z.array(IdSchema),
  provenance: ProvenanceSchema,
});
/** A record of `data/events.json`. */
export type TalentEvent = z.infer<typeof EventSchema>;

const MonthSchema = z.string().refine((m) => isIsoAtPrecision(m, 'month'), 'a month, written YYYY-MM');

/**
 * One step of a story: what it says (English and Traditional Chinese), what the speaker says, the view it sets
 * (the filter and the highlighted company), the charts it puts forward (by id), and where in the article it rests.
 * A step may also set the charts' own options (`"metric": "hiring"`): those are the other keys of the step, read
 * with the view's codecs (see `story.ts`).
 */
export const StoryStepSchema = z
  .strictObject({
    id: IdSchema,
    title: textSchema(90),
    /** The other language's words are optional: a reader's own slide has the words they typed, in one language. */
    titleZh: textSchema(40).optional(),
    /** One or two sentences, in our own words. */
    caption: textSchema(260).optional(),
    captionZh: textSchema(130).optional(),
    /** Speaker notes, shown only in the presenter view. */
    notes: textSchema(700).optional(),
    filter: z.strictObject({
      companies: z.array(IdSchema),
      from: MonthSchema.optional(),
      to: MonthSchema.optional(),
    }),
    /** The company highlighted in every panel. */
    highlight: IdSchema.optional(),
    /** The language and theme the step shows in (a reader's slide keeps those it was made in). */
    lang: z.enum(['en', 'zh-Hant']).optional(),
    theme: z.enum(['light', 'dark', 'system']).optional(),
    /** Chart ids, checked against the registry when the story is read. */
    panels: z.array(IdSchema).min(1).max(2),
    /** Where the step's claim is in the article; the article's story must give it (see `cli/checkData.ts`). */
    provenance: ProvenanceSchema.optional(),
  })
  .superRefine((step, ctx) => {
    if (step.filter.from && step.filter.to && step.filter.from > step.filter.to) {
      ctx.addIssue({
        code: 'custom',
        path: ['filter', 'to'],
        message: `ends (${step.filter.to}) before it starts (${step.filter.from})`,
      });
    }
  });
/** A step of `data/story.json`. */
export type StoryStep = z.infer<typeof StoryStepSchema>;

/** A story file: its title and steps (each validated on its own; see `story.ts`). */
export const StoryFileSchema = z.strictObject({
  id: IdSchema,
  title: textSchema(90),
  titleZh: textSchema(40).optional(),
  steps: z.array(z.unknown()).min(1, 'a story needs at least one step').max(30, 'at most 30 steps'),
});

/** The data files, their schemas, and whether the file holds one record or a list. */
export const DATA_FILES = {
  article: { file: 'article.json', schema: ArticleSchema, list: false },
  sources: { file: 'sources.json', schema: SourceSchema, list: true },
  organizations: { file: 'organizations.json', schema: OrganizationSchema, list: true },
  people: { file: 'people.json', schema: PersonSchema, list: true },
  moves: { file: 'moves.json', schema: MoveSchema, list: true },
  figures: { file: 'figures.json', schema: FigureSchema, list: true },
  events: { file: 'events.json', schema: EventSchema, list: true },
} as const;

/** The name of one data file (`moves`, `figures`, …). */
export type DataFileName = keyof typeof DATA_FILES;

/** The validated content of each data file. */
export interface DataFiles {
  article: Article;
  sources: Source[];
  organizations: Organization[];
  people: Person[];
  moves: Move[];
  figures: Figure[];
  events: TalentEvent[];
}
