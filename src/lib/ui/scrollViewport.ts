/**
 * The area a virtualised list scrolls in: its nearest scrolling ancestor — the side panel in the app,
 * the list's box in an embed (across the <campus-map> shadow root) — or else the page itself. The list
 * does not own a scroll container, so it fits whatever layout holds it.
 */

interface ViewportMetrics {
  /** Top of the visible area, in client (viewport) px. */
  top: number;
  /** Height of the visible area, in px. */
  height: number;
  scrollTop: number;
}

export interface ScrollViewport {
  /** What fires the scroll events. */
  readonly target: EventTarget;
  /** The scrolling element, to observe its size; null when the page scrolls (watch window resizes). */
  readonly element: HTMLElement | null;
  metrics(): ViewportMetrics;
  /** Px at the top of the visible area hidden by something sticky. */
  insetTop(): number;
  scrollTo(top: number): void;
}

/** The parent element, stepping out of a shadow root to its host. */
function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function scrollingAncestor(node: Element): HTMLElement | null {
  for (let el = parentOf(node); el; el = parentOf(el)) {
    if (el === document.documentElement || el === document.body) return null;
    const { overflowY } = getComputedStyle(el);
    if ((overflowY === 'auto' || overflowY === 'scroll') && el instanceof HTMLElement) return el;
  }
  return null;
}

/**
 * What hides the top of the container: its `scroll-padding-top` (a length in px, or `auto`), or the
 * sticky children stuck there (the side panel's tabs, one or two lines high), whichever is larger.
 */
function insetTopOf(el: Element, top: number): number {
  let inset = parseFloat(getComputedStyle(el).scrollPaddingTop) || 0;
  for (const child of el.children) {
    const box = child.getBoundingClientRect();
    // Only a sticky child stuck at the top hides rows there (not one further down, or at the bottom).
    if (box.top <= top + 1 && getComputedStyle(child).position === 'sticky') {
      inset = Math.max(inset, box.bottom - top);
    }
  }
  return inset;
}

export function scrollViewportOf(node: Element): ScrollViewport {
  const element = scrollingAncestor(node);
  if (!element) {
    return {
      target: window,
      element: null,
      metrics: () => ({
        top: 0,
        height: window.innerHeight,
        scrollTop: window.scrollY,
      }),
      insetTop: () => insetTopOf(document.documentElement, 0),
      scrollTo: (top) => window.scrollTo({ top }),
    };
  }
  return {
    target: element,
    element,
    metrics: () => ({
      top: element.getBoundingClientRect().top + element.clientTop,
      height: element.clientHeight,
      scrollTop: element.scrollTop,
    }),
    insetTop: () => insetTopOf(element, element.getBoundingClientRect().top + element.clientTop),
    scrollTo: (top) => {
      element.scrollTop = top;
    },
  };
}
