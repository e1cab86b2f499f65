/**
 * What every interactive mark carries, in one place: its accessible name and role (so a screen reader and the
 * tests find it by name), and the pointer events that tell the chart what is hovered. Marks spread these on their
 * element; exports draw the same marks without handlers.
 */
import type { PointerEvent } from 'react';

/** Called with a mark's id when the pointer enters or moves over it. */
export type HoverHandler = ((id: string, event: PointerEvent) => void) | undefined;

/** The attributes of an interactive mark named `name` with id `id`. */
export function markAttributes(id: string, name: string, onHover: HoverHandler) {
  return {
    'aria-label': name,
    role: 'graphics-symbol',
    onPointerEnter: onHover && ((event: PointerEvent) => onHover(id, event)),
    onPointerMove: onHover && ((event: PointerEvent) => onHover(id, event)),
  };
}
