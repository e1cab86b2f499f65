/**
 * The live chart any spec draws in its panel: the `<svg>` (one Tab stop), the spec's behaviour (a brush, say) under its marks, hover and keyboard focus with a tooltip, and what keyboard users hear. It reads the
 * highlighted company from the store and tells the store what it hovers, so the other panels follow; hover state
 * lives here, so a hover re-renders this chart's marks (and, memoised, only those whose look changes), never the
 * panel around it.
 */
import { useCallback, useMemo, useRef, useState, type PointerEvent } from 'react';
import { ChartMarks, type RenderedChart } from '../charts/render';
import { ChartSvg } from '../charts/shared/ChartSvg';
import { KeyboardHelp } from '../charts/shared/KeyboardHelp';
import { listMove, type MoveFocus } from '../charts/shared/keyboard';
import { anchorAt, anchorFrom, Tooltip, type TooltipAnchor } from '../charts/shared/Tooltip';
import { useMarkFocus } from '../charts/shared/useMarkFocus';
import { NoteEditor } from '../charts/shared/NoteEditor';
import { withNote } from '../charts/shared/notes';
import type { AnyChartSpec } from '../charts/spec';
import { createLocale } from '../i18n/locale';
import { useAppStore } from '../state/store';
import type { View } from '../state/view';

/** Props of {@link ChartView}. */
export interface ChartViewProps {
  spec: AnyChartSpec;
  chart: RenderedChart;
  view: View;
  setView: (patch: Partial<View>) => void;
  /** Draw enlarged by this factor (presentation mode). */
  scale: number;
}

/** See the module comment. */
export function ChartView({ spec, chart, view, setView, scale }: ChartViewProps) {
  const locale = createLocale(chart.lang);
  const { t } = locale;
  const highlighted = useAppStore((s) => s.hovered ?? s.pinned);
  const setHovered = useAppStore((s) => s.setHovered);
  const toggleCompany = useAppStore((s) => s.toggleCompany);
  const container = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<string | null>(null);
  const [pointer, setPointer] = useState<TooltipAnchor | null>(null);
  /** The mark whose note is being written, and where the form sits. */
  const [editing, setEditing] = useState<{ mark: string; at: TooltipAnchor | null } | null>(null);
  const { geometry } = chart;
  const order = useMemo(() => spec.focusOrder(geometry), [spec, geometry]);
  const move = useMemo(
    (): MoveFocus => spec.focusMove?.(geometry) ?? ((current, key) => listMove(order, current, key)),
    [spec, geometry, order],
  );
  const activate = useCallback(
    (id: string) => {
      const org = spec.activate(geometry, id, view);
      if (org) toggleCompany(org);
    },
    [spec, geometry, view, toggleCompany],
  );
  const keyboard = useMarkFocus({
    ids: order,
    move,
    describe: (id) => spec.markName(geometry, id, locale),
    position: (index, count) => t('panel.markPosition', { index, count }),
    onActivate: activate,
    onFocusMark: (id) => setHovered(id === null ? null : spec.companyOf(geometry, id)),
    onOtherKey: (event, focused) => {
      // N writes a note on the focused mark.
      if ((event.key === 'n' || event.key === 'N') && focused !== null) {
        setEditing({ mark: focused, at: null });
        return true;
      }
      const patch = spec.onKey?.({ key: event.key, focused, geometry, view }) ?? null;
      if (patch) setView(patch);
      return patch !== null;
    },
  });
  const { clear } = keyboard;
  const onHover = useCallback(
    (id: string, event: PointerEvent) => {
      clear();
      setHover(id);
      setPointer(anchorFrom(event, container.current));
      setHovered(spec.companyOf(geometry, id));
    },
    [clear, setHovered, spec, geometry],
  );
  const leave = () => {
    setHover(null);
    setPointer(null);
    setHovered(null);
  };
  const focused = keyboard.focused;
  const shown = focused ?? hover;
  const point = focused ? spec.anchor(geometry, focused) : null;
  const anchor = focused
    ? point && anchorAt(point.x, point.y, { width: geometry.width, height: geometry.height, scale })
    : pointer;
  const keyHint = [
    t('panel.chartInstructions'),
    ...(spec.keysHintKey ? [t(spec.keysHintKey)] : []),
    t('notes.keyHint'),
    t('notes.pointerHint'),
  ].join(' ');
  const notes = view.notes;
  const editAnchor = editing
    ? (editing.at ??
      (() => {
        const p = spec.anchor(geometry, editing.mark);
        return p ? anchorAt(p.x, p.y, { width: geometry.width, height: geometry.height, scale }) : null;
      })())
    : null;
  const closeEditor = () => {
    setEditing(null);
    // Back to the chart, so the keyboard goes on from the mark.
    container.current?.querySelector<SVGSVGElement>('svg[role="img"]')?.focus();
  };
  return (
    <div
      ref={container}
      className="chart-container"
      onContextMenu={(event) => {
        // A right-click on a mark writes a note on it; elsewhere the browser's menu is left alone.
        if (!hover) return;
        event.preventDefault();
        setEditing({ mark: hover, at: anchorFrom(event, container.current) });
      }}
    >
      <ChartSvg
        scale={scale}
        width={geometry.width}
        height={geometry.height}
        title={chart.text.chartTitle}
        description={chart.text.description}
        onPointerLeave={leave}
        keyboard={keyboard.svgProps}
        keyboardHint={keyHint}
      >
        {spec.Behaviour && <spec.Behaviour geometry={geometry} view={view} setView={setView} />}
        <ChartMarks
          spec={spec}
          chart={chart}
          highlighted={highlighted}
          hover={shown}
          focused={focused}
          onHover={onHover}
          onActivate={activate}
        />
      </ChartSvg>
      {shown && anchor && !editing && (
        <Tooltip anchor={anchor}>
          <spec.Tooltip geometry={geometry} id={shown} locale={locale} />
        </Tooltip>
      )}
      {editing && editAnchor && (
        <NoteEditor
          key={editing.mark}
          anchor={editAnchor}
          markName={spec.markName(geometry, editing.mark, locale)}
          initial={notes.find((n) => n.chart === spec.id && n.mark === editing.mark)?.text ?? ''}
          locale={locale}
          onSave={(text) => {
            setView({ notes: withNote(notes, spec.id, editing.mark, text) });
            closeEditor();
          }}
          onCancel={closeEditor}
        />
      )}
      <KeyboardHelp announcement={keyboard.announcement} hint={keyHint} />
    </div>
  );
}
