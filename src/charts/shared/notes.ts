/**
 * Notes on marks — a reader's short text on a node, flow, bar or event ("he led ChatGPT's Code Interpreter") — as
 * part of the view: a field of the view state (so links, slides and reloads keep them), placed beside their mark
 * by {@link placeNotes} (pure: geometry in, boxes out) and drawn with the marks, so the live chart, the
 * presentation, exports and embeds all show them where the layout puts the mark now.
 */
import type { Notice, ViewField } from '../../state/fields';
import { decodeParam } from '../../state/fields';
import type { MeasureText } from './measure';

/** A note on one mark of one chart. `text` is one line as typed, at most {@link NOTE_MAX_LENGTH} characters. */
export interface MarkNote {
  /** The chart's id in the registry (`sankey`). */
  chart: string;
  /** The mark's id in that chart (`from:google`, `from:google→to:openai`, an event id). */
  mark: string;
  text: string;
}

/** Longest note, in characters: a note is a label, not a paragraph. */
export const NOTE_MAX_LENGTH = 140;
/** Most notes a view carries. */
export const MAX_NOTES = 20;

/** A rectangle in chart px. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A note placed in a chart: its wrapped lines, its box, and the leader from its mark to the box's edge. */
export interface PlacedNote extends MarkNote {
  lines: string[];
  box: Box;
  /** From the mark's anchor to the nearest point of the box, in chart px. */
  leader: { x1: number; y1: number; x2: number; y2: number };
}

/** Note text size (px) and the box's padding and line height. */
export const NOTE_FONT_SIZE = 12;
const PAD = 5;
const LINE = 15;
/** Widest a note's box grows before its text wraps (px). */
const MAX_WIDTH = 190;
/** How far a note stands from its mark (px). */
const GAP = 14;

/** A note's text as one line: a bar would split the URL's list of notes, a line break has no place in a label. */
const oneLine = (text: string) => text.replace(/[|\r\n]+/g, ' ');

/** The notes field of the view: `notes=<chart>~<mark>~<text>|…`, URL-encoded as one value. */
export const notesField: ViewField<readonly MarkNote[]> = {
  param: 'notes',
  initial: [],
  kind: 'option',
  parse(raw) {
    const text = decodeParam(raw);
    if (text === null) return { notices: [{ key: 'notices.badNote', values: { value: raw.slice(0, 40) } }] };
    const value: MarkNote[] = [];
    const notices: Notice[] = [];
    for (const item of text.split('|')) {
      const [chart, mark, ...rest] = item.split('~');
      const note = rest.join('~').trim().slice(0, NOTE_MAX_LENGTH);
      if (!chart || !mark || !note || !/^[a-z][a-z0-9-]*$/.test(chart)) {
        if (item.trim()) notices.push({ key: 'notices.badNote', values: { value: item.slice(0, 40) } });
        continue;
      }
      if (value.length >= MAX_NOTES) {
        notices.push({ key: 'notices.tooManyNotes', values: { count: MAX_NOTES } });
        break;
      }
      if (!value.some((n) => n.chart === chart && n.mark === mark)) value.push({ chart, mark, text: note });
    }
    return { value, notices };
  },
  format: (value) =>
    value.length
      ? encodeURIComponent(value.map((n) => `${n.chart}~${n.mark}~${oneLine(n.text)}`).join('|'))
      : null,
};

/** `notes` with the note on `chart`'s `mark` set to `text`, or removed when `text` is blank. */
export function withNote(notes: readonly MarkNote[], chart: string, mark: string, text: string): MarkNote[] {
  const rest = notes.filter((n) => n.chart !== chart || n.mark !== mark);
  const clean = oneLine(text).trim().slice(0, NOTE_MAX_LENGTH);
  return clean ? [...rest, { chart, mark, text: clean }].slice(-MAX_NOTES) : rest;
}

/** `text` broken into lines no wider than `max` px (a word longer than that is cut, not spilled). */
export function wrapText(
  text: string,
  max: number,
  measure: MeasureText,
  fontSize = NOTE_FONT_SIZE,
): string[] {
  const lines: string[] = [];
  let line = '';
  // Words for spaced scripts; each character for Chinese, which wraps anywhere.
  for (const word of text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*/g) ?? []) {
    const next = line + word;
    if (line && measure(next.trimEnd(), fontSize) > max) {
      lines.push(line.trimEnd());
      line = word;
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.slice(0, 4);
}

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/**
 * Places `notes` beside their marks in a chart of `size`: each box tries positions around its mark's `anchor` (right,
 * left, above, below, the corners, then further out), kept inside the chart, and takes the one that covers the
 * least of the `obstacles` (labels and marks the chart names) and of the notes already placed. A note whose mark
 * is not in the chart (filtered out) is left out.
 */
export function placeNotes(
  notes: readonly MarkNote[],
  anchor: (mark: string) => { x: number; y: number } | null,
  size: { width: number; height: number },
  measure: MeasureText,
  obstacles: readonly Box[] = [],
): PlacedNote[] {
  const placed: PlacedNote[] = [];
  for (const note of notes) {
    const at = anchor(note.mark);
    if (!at) continue;
    const lines = wrapText(note.text, Math.min(MAX_WIDTH, Math.max(60, size.width / 3)), measure);
    const width = Math.ceil(Math.max(...lines.map((l) => measure(l, NOTE_FONT_SIZE)))) + 2 * PAD;
    const height = lines.length * LINE + 2 * PAD - 2;
    const candidates: [number, number][] = [];
    for (const d of [GAP, GAP * 3, GAP * 6]) {
      candidates.push(
        [at.x + d, at.y - height / 2],
        [at.x - d - width, at.y - height / 2],
        [at.x - width / 2, at.y - d - height],
        [at.x - width / 2, at.y + d],
        [at.x + d, at.y - d - height],
        [at.x + d, at.y + d],
        [at.x - d - width, at.y - d - height],
        [at.x - d - width, at.y + d],
      );
    }
    let best: { box: Box; cost: number } | null = null;
    for (const [cx, cy] of candidates) {
      const box = {
        x: Math.max(0, Math.min(size.width - width, cx)),
        y: Math.max(0, Math.min(size.height - height, cy)),
        width,
        height,
      };
      // The leader's length: from the mark to the nearest point of the box.
      const distance = Math.hypot(
        Math.max(box.x - at.x, 0, at.x - box.x - width),
        Math.max(box.y - at.y, 0, at.y - box.y - height),
      );
      const covered =
        obstacles.reduce((sum, o) => sum + overlap(box, o), 0) +
        placed.reduce((sum, p) => sum + 3 * overlap(box, p.box), 0);
      // Covering its own mark's point hides what the note is about.
      const onMark = at.x > box.x && at.x < box.x + width && at.y > box.y && at.y < box.y + height ? 5000 : 0;
      const cost = covered + onMark + distance * 0.5;
      if (!best || cost < best.cost) best = { box, cost };
    }
    const box = best!.box;
    const x2 = Math.max(box.x, Math.min(box.x + box.width, at.x));
    const y2 = Math.max(box.y, Math.min(box.y + box.height, at.y));
    placed.push({ ...note, lines, box, leader: { x1: at.x, y1: at.y, x2, y2 } });
  }
  return placed;
}
