/**
 * A segmented switch: one choice of a few, as a group of radio buttons (one Tab stop; the arrow keys move
 * between choices), drawn as joined buttons. Charts use it for their options (a metric, a grouping).
 */
import { useId } from 'react';

/** Props of {@link Segmented}: the group's accessible name, its choices, the current one, and the change. */
export interface SegmentedProps<T extends string> {
  label: string;
  choices: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}

/** The switch; see the module comment. */
export function Segmented<T extends string>({ label, choices, value, onChange }: SegmentedProps<T>) {
  const name = useId();
  return (
    <fieldset className="segmented" aria-label={label}>
      {choices.map((choice) => (
        <label key={choice.value}>
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
