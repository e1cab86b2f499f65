/**
 * A segmented switch: one choice of a few, as a group of radio buttons (one Tab stop; the arrow keys move
 * between choices), drawn as joined buttons. Charts use it for their options (a metric, a grouping).
 *
 * Memoised on what it shows (its label, choices and value): a chart's controls are rendered again with every
 * filter change, with new arrays and callbacks each time, and each radio button React renders again has its
 * `name` and `type` written anew — a few hundred DOM writes per click across the panels, for nothing that changed.
 */
import { memo, useCallback, useId, useLayoutEffect, useRef } from 'react';

/** Props of {@link Segmented}: the group's accessible name, its choices, the current one, and the change. */
export interface SegmentedProps<T extends string> {
  label: string;
  choices: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}

/** The same label, value, choices and handler. */
function sameLook<T extends string>(a: SegmentedProps<T>, b: SegmentedProps<T>): boolean {
  return (
    a.onChange === b.onChange &&
    a.label === b.label &&
    a.value === b.value &&
    a.choices.length === b.choices.length &&
    a.choices.every((c, i) => c.value === b.choices[i]!.value && c.label === b.choices[i]!.label)
  );
}

function SegmentedGroup<T extends string>({ label, choices, value, onChange }: SegmentedProps<T>) {
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

const SegmentedMemo = memo(SegmentedGroup, sameLook) as typeof SegmentedGroup;

/** The switch; see the module comment. */
export function Segmented<T extends string>(props: SegmentedProps<T>) {
  // A handler that stays the same object and calls the latest one: the memoised group is not rendered again
  // because its parent made a new closure.
  const latest = useRef(props.onChange);
  useLayoutEffect(() => {
    latest.current = props.onChange;
  });
  const onChange = useCallback((value: T) => latest.current(value), []);
  return <SegmentedMemo {...props} onChange={onChange} />;
}
