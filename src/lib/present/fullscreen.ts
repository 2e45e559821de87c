/**
 * The Fullscreen API on the whole page, tolerant of browsers and frames that refuse it (an iPhone, an
 * iframe without `allow="fullscreen"`): the presentation then simply runs in the window.
 */
export function canFullscreen(): boolean {
  return typeof document !== 'undefined' && document.fullscreenEnabled === true;
}

export function isFullscreen(): boolean {
  return typeof document !== 'undefined' && document.fullscreenElement != null;
}

/** Must be called from a user gesture (a click, a key press). Resolves to whether it worked. */
export async function enterFullscreen(element: Element = document.documentElement): Promise<boolean> {
  if (!canFullscreen() || isFullscreen()) return isFullscreen();
  try {
    await element.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    return false;
  }
}

export async function leaveFullscreen(): Promise<void> {
  if (!isFullscreen()) return;
  try {
    await document.exitFullscreen();
  } catch {
    // Already left (the person pressed Échap at the same moment): nothing to undo.
  }
}
