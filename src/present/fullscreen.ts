/**
 * The Fullscreen API, used defensively: where it is missing, disabled or refused (no user gesture, an iframe
 * without permission), the deck stays a full-window overlay instead of throwing.
 */

/** Asks for full screen; resolves to whether the browser granted it. Never throws. */
export async function enterFullscreen(element: Element = document.documentElement): Promise<boolean> {
  try {
    if (!document.fullscreenEnabled || typeof element.requestFullscreen !== 'function') return false;
    await element.requestFullscreen();
    return document.fullscreenElement !== null;
  } catch {
    return false;
  }
}

/** Leaves full screen if the page is in it. Never throws. */
export async function exitFullscreen(): Promise<void> {
  try {
    if (document.fullscreenElement && typeof document.exitFullscreen === 'function')
      await document.exitFullscreen();
  } catch {
    // Already out of full screen, or the browser refused: either way there is nothing to undo.
  }
}

/** True while the page is in full screen. */
export function isFullscreen(): boolean {
  return typeof document !== 'undefined' && document.fullscreenElement != null;
}
