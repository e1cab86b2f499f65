/**
 * The reader's notes on marks, drawn over a chart: a thin leader from the mark to a boxed note in the theme's
 * colours. Pure, like every chart's marks: the live view, exports, the presentation and embeds draw the same.
 */
import type { ChartTheme } from './theme';
import { NOTE_FONT_SIZE, type PlacedNote } from './notes';

/** Props of {@link NoteMarks}: the placed notes (see `placeNotes`) and the theme to draw them in. */
export interface NoteMarksProps {
  notes: readonly PlacedNote[];
  theme: ChartTheme;
}

/** See the module comment. Each note is a `<g data-note="<mark id>">` with its text as written. */
export function NoteMarks({ notes, theme }: NoteMarksProps) {
  return (
    <g className="notes" fontSize={NOTE_FONT_SIZE} pointerEvents="none">
      {notes.map((note) => (
        <g key={note.mark} data-note={note.mark}>
          <line
            x1={note.leader.x1}
            y1={note.leader.y1}
            x2={note.leader.x2}
            y2={note.leader.y2}
            stroke={theme.text}
            strokeWidth={1}
          />
          <circle cx={note.leader.x1} cy={note.leader.y1} r={2.5} fill={theme.text} />
          <rect
            x={note.box.x}
            y={note.box.y}
            width={note.box.width}
            height={note.box.height}
            rx={3}
            fill={theme.background}
            fillOpacity={0.95}
            stroke={theme.text}
            strokeWidth={1}
          />
          <text x={note.box.x + 5} y={note.box.y + 5} fill={theme.text}>
            {note.lines.map((line, i) => (
              <tspan key={i} x={note.box.x + 5} dy={i === 0 ? '0.95em' : 15}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </g>
  );
}
