/**
 * Which column plays which part — in the spirit of RAWGraphs' dimension slots, but filled in first: the header
 * names (in English, Chinese and a few other languages: `source,target,value`, `from,to,count`, `origin,
 * destination`, `Source area`, `來源`, `目的地`…) and the column types say where the flows start and end, what they
 * measure, when, and who. Three shapes of flow data are told apart: an edge list (one row per flow), a career
 * history (one row per person per organisation, with a start date) and a path table (one row per person, one
 * column per stage). Pure functions, shown in the dialog and changeable there.
 */
import type { ColumnType } from './detect';

/** The parts a column can play. `node` is the organisation of a career history's row. */
export const SLOTS = ['source', 'target', 'value', 'date', 'person', 'node', 'label'] as const;
/** A part a column can play; see {@link SLOTS}. */
export type Slot = (typeof SLOTS)[number];

/** The three shapes of flow data. */
export const SHAPES = ['edges', 'careers', 'paths'] as const;
/** A shape of flow data; see {@link SHAPES}. */
export type Shape = (typeof SHAPES)[number];

/** Which column (by index) plays each part, the shape, and — for a path table — the stage columns in order. */
export interface Mapping {
  shape: Shape;
  slots: Partial<Record<Slot, number>>;
  /** A path table's stage columns, first stage first. */
  stages: number[];
  /** A column that credits each row's source (the app's own CSV calls it `source`), if any. */
  cite?: number | undefined;
}

/** Header words of a column that credits where a row comes from. */
const CITE = new Set([
  'source',
  'sources',
  'citation',
  'reference',
  'credit',
  'via',
  '出處',
  '出处',
  '資料來源',
  '资料来源',
]);

/** A column as detection sees it: its name and what it holds. */
export interface ColumnInfo {
  name: string;
  type: ColumnType;
}

/** Header words for each part, most specific first; compared without case, accents or punctuation. */
const SYNONYMS: Record<Slot, readonly string[]> = {
  source: [
    'source',
    'from',
    'origin',
    'orig',
    'src',
    'source area',
    'source node',
    'source region',
    'origin region',
    'region of origin',
    'country of origin',
    'origin country',
    'place of origin',
    'departure',
    'left',
    'from company',
    'from organisation',
    'from organization',
    'previous employer',
    'start',
    'herkunft',
    'von',
    'origine',
    'desde',
    'procedencia',
    '來源',
    '来源',
    '出發地',
    '出发地',
    '起點',
    '起点',
    '原公司',
    '離開',
    '离开',
  ],
  target: [
    'target',
    'to',
    'destination',
    'dest',
    'dst',
    'target area',
    'target node',
    'target region',
    'destination region',
    'region of destination',
    'country of destination',
    'destination country',
    'place of destination',
    'arrival',
    'joined',
    'to company',
    'to organisation',
    'to organization',
    'new employer',
    'end',
    'ziel',
    'nach',
    'destino',
    '目標',
    '目标',
    '目的地',
    '去向',
    '終點',
    '终点',
    '新公司',
    '加入',
  ],
  value: [
    'value',
    'count',
    'n',
    'amount',
    'weight',
    'flow',
    'flows',
    'people',
    'persons',
    'number',
    'size',
    'total',
    'volume',
    'quantity',
    'migrants',
    'wert',
    'anzahl',
    'menge',
    'valeur',
    'nombre',
    'cantidad',
    'valor',
    '數量',
    '数量',
    '人數',
    '人数',
    '數值',
    '数值',
    '值',
    '流量',
  ],
  date: [
    'date',
    'when',
    'year',
    'month',
    'period',
    'time',
    'start date',
    'from date',
    'since',
    'began',
    'begin',
    'joined on',
    'day',
    'datum',
    'jahr',
    'annee',
    'ano',
    'fecha',
    '日期',
    '年份',
    '年',
    '時間',
    '时间',
    '開始',
    '开始',
    '入職',
    '入职',
  ],
  person: [
    'person',
    'name',
    'employee',
    'who',
    'individual',
    'full name',
    'staff',
    'member',
    'person id',
    'researcher',
    'player',
    'athlete',
    'author',
    'politician',
    'nom',
    'nombre completo',
    '人員',
    '人员',
    '姓名',
    '人物',
    '員工',
    '员工',
  ],
  node: [
    'organisation',
    'organization',
    'company',
    'employer',
    'org',
    'institution',
    'firm',
    'lab',
    'workplace',
    'department',
    'dept',
    'team',
    'division',
    'unit',
    'job',
    'club',
    'school',
    'university',
    'party',
    'agency',
    'unternehmen',
    'entreprise',
    'empresa',
    '公司',
    '機構',
    '机构',
    '單位',
    '单位',
    '僱主',
    '雇主',
    '部門',
    '部门',
    '球隊',
    '球队',
    '學校',
    '学校',
  ],
  label: [
    'label',
    'note',
    'notes',
    'comment',
    'description',
    'title',
    'role',
    'position',
    'job title',
    'remark',
    '備註',
    '备注',
    '職位',
    '职位',
    '說明',
    '说明',
  ],
};

/** A header as compared: lower case, accents and punctuation folded into single spaces. */
export function normaliseHeader(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** How well a header names a part: 3 for the exact word, 2 when one of its words is it, 0 for no match. */
function matchScore(header: string, slot: Slot): number {
  const name = normaliseHeader(header);
  const words = name.split(' ');
  let best = 0;
  for (const synonym of SYNONYMS[slot]) {
    const s = normaliseHeader(synonym);
    if (name === s) return 3;
    // A whole-word match ("Source area", "Millions of persons"); CJK headers match as substrings.
    if (
      s.includes(' ')
        ? name.includes(s)
        : words.includes(s) || (/\p{Script=Han}/u.test(s) && name.includes(s))
    )
      best = Math.max(best, 2);
  }
  return best;
}

/** Which types a part accepts. */
const ACCEPTS: Record<Slot, readonly ColumnType[]> = {
  source: ['text'],
  target: ['text'],
  value: ['number'],
  date: ['date'],
  // People and organisations are often numbered (employee 101, department 110) in a table of records.
  person: ['text', 'number'],
  node: ['text', 'number'],
  label: ['text', 'number', 'date'],
};

/** Header words of a stage column of a path table: `Stage 1`, `Step 2`, `Job 3`, `1st`, `第二`. */
const STAGE =
  /^(stage|step|job|position|employer|company|org|organi[sz]ation|hop|level|station|phase)\s*\d+$|^\d+(st|nd|rd|th)?( (stage|step|job|employer|company))?$|^(first|second|third|fourth|fifth|sixth|next|then|last|previous|current)( (stage|step|job|employer|company|position))?$|^第.+/;

/**
 * The parts the columns play: each part takes the column whose header names it best — exactly, or in a word of a
 * longer header if its type fits the part; a value column is the only number column if no header says so.
 */
export function guessSlots(columns: readonly ColumnInfo[]): Partial<Record<Slot, number>> {
  const slots: Partial<Record<Slot, number>> = {};
  const taken = new Set<number>();
  const candidates = SLOTS.flatMap((slot) =>
    columns.flatMap((column, index) => {
      const score = matchScore(column.name, slot);
      // A header that names the part exactly is taken at its word: its cells that do not fit become problems.
      return score === 3 || (score && ACCEPTS[slot].includes(column.type)) ? [{ slot, index, score }] : [];
    }),
  ).sort((a, b) => b.score - a.score || SLOTS.indexOf(a.slot) - SLOTS.indexOf(b.slot) || a.index - b.index);
  for (const { slot, index } of candidates) {
    if (slots[slot] !== undefined || taken.has(index)) continue;
    slots[slot] = index;
    taken.add(index);
  }
  if (slots.value === undefined) {
    const numbers = columns
      .map((c, i) => [c, i] as const)
      .filter(([c, i]) => c.type === 'number' && !taken.has(i));
    if (numbers.length === 1) slots.value = numbers[0]![1];
  }
  if (slots.date === undefined) {
    const dates = columns
      .map((c, i) => [c, i] as const)
      .filter(([c, i]) => c.type === 'date' && !taken.has(i));
    if (dates.length === 1) slots.date = dates[0]![1];
  }
  return slots;
}

/** The stage columns of a path table, in order: those whose headers read as stages, else every text column. */
function stageColumns(columns: readonly ColumnInfo[], exclude: ReadonlySet<number>): number[] {
  const text = columns
    .map((c, i) => [c, i] as const)
    .filter(([c, i]) => c.type === 'text' && !exclude.has(i));
  const named = text.filter(([c]) => STAGE.test(normaliseHeader(c.name)));
  return (named.length >= 2 ? named : text).map(([, i]) => i);
}

/**
 * The shape of the table and its mapping. An edge list when there are source and target columns; a career
 * history when there are person, organisation and date columns; a path table when the other text columns read
 * as stages (or when a person column stands beside two or more of them); otherwise an edge list between the first
 * two text columns, which the reader can change. A history without dates keeps the order of its rows.
 */
export function guessMapping(columns: readonly ColumnInfo[]): Mapping {
  const slots = guessSlots(columns);
  if (slots.source !== undefined && slots.target !== undefined) {
    const used = new Set(Object.values(slots));
    const cite = columns.findIndex(
      (c, i) => !used.has(i) && c.type === 'text' && CITE.has(normaliseHeader(c.name)),
    );
    return {
      shape: 'edges',
      slots: pick(slots, ['source', 'target', 'value', 'date', 'person', 'label']),
      stages: [],
      ...(cite === -1 ? {} : { cite }),
    };
  }
  const person = slots.person;
  const exclude = new Set(person === undefined ? [] : [person]);
  const stages = stageColumns(columns, exclude);
  const named = stages.filter((i) => STAGE.test(normaliseHeader(columns[i]!.name)));
  // Columns named as stages (Job 1, Job 2) make a path table even though "job" alone names an organisation.
  if (named.length >= 2) return { shape: 'paths', slots: person === undefined ? {} : { person }, stages };
  // A history without dates is read in the order of its rows.
  if (person !== undefined && slots.node !== undefined)
    return { shape: 'careers', slots: pick(slots, ['person', 'node', 'date', 'label']), stages: [] };
  if (person !== undefined && stages.length >= 2) return { shape: 'paths', slots: { person }, stages };
  const text = columns.map((c, i) => [c, i] as const).filter(([c]) => c.type === 'text');
  const fallback = { ...slots };
  fallback.source ??= text[0]?.[1];
  fallback.target ??= text.find(([, i]) => i !== fallback.source)?.[1];
  return {
    shape: 'edges',
    slots: pick(fallback, ['source', 'target', 'value', 'date', 'person', 'label']),
    stages: [],
  };
}

/** The parts of `slots` a shape uses (a career history has no source; an edge list no organisation column). */
function pick(slots: Partial<Record<Slot, number>>, keep: readonly Slot[]): Partial<Record<Slot, number>> {
  return Object.fromEntries(keep.flatMap((slot) => (slots[slot] === undefined ? [] : [[slot, slots[slot]]])));
}

/** The parts each shape needs before anything can be drawn. */
export const REQUIRED: Record<Shape, readonly Slot[]> = {
  edges: ['source', 'target'],
  careers: ['person', 'node'],
  paths: [],
};

/** What a mapping still lacks: the parts its shape needs that no column plays (and, for paths, stages). */
export function missingParts(mapping: Mapping): string[] {
  const missing: string[] = REQUIRED[mapping.shape].filter((slot) => mapping.slots[slot] === undefined);
  if (mapping.shape === 'paths' && mapping.stages.length < 2) missing.push('stages');
  return missing;
}
