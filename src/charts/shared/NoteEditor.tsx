/**
 * The small form that writes, changes or removes a note on one mark, opened from the keyboard (N on a focused
 * mark) or the pointer (right-click on a mark). It sits by the mark like a tooltip; Enter saves, Escape cancels,
 * and focus goes back to the chart either way.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Locale } from '../../i18n/locale';
import { NOTE_MAX_LENGTH } from './notes';
import type { TooltipAnchor } from './Tooltip';

/** Props of {@link NoteEditor}. */
export interface NoteEditorProps {
  anchor: TooltipAnchor;
  /** The mark's accessible name, for the field's label. */
  markName: string;
  /** The note as it stands ('' for a new one). */
  initial: string;
  locale: Locale;
  /** Called with the text to keep ('' removes the note). */
  onSave: (text: string) => void;
  onCancel: () => void;
}

/** See the module comment. */
export function NoteEditor({ anchor, markName, initial, locale, onSave, onCancel }: NoteEditorProps) {
  const { t } = locale;
  const [text, setText] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => input.current?.focus(), []);
  const left = Math.max(0, Math.min(anchor.x + 12, anchor.containerWidth - 320));
  const top = Math.max(0, Math.min(anchor.y + 12, anchor.containerHeight - 110));
  return (
    <form
      className="note-editor"
      style={{ left, top }}
      aria-labelledby={`${id}-label`}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(text);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <label id={`${id}-label`} htmlFor={`${id}-input`}>
        {t('notes.label', { mark: markName })}
      </label>
      <input
        id={`${id}-input`}
        ref={input}
        value={text}
        maxLength={NOTE_MAX_LENGTH}
        placeholder={t('notes.placeholder')}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="note-editor-actions">
        <button type="submit" className="primary">
          {t('notes.save')}
        </button>
        {initial && (
          <button type="button" onClick={() => onSave('')}>
            {t('notes.remove')}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {t('notes.cancel')}
        </button>
      </div>
    </form>
  );
}
