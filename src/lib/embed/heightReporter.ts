/**
 * Tells the page around an iframe how tall the embedded map's content is, each time it changes, so
 * the documented snippet can fit the frame to it (no inner scroll bar, no empty band).
 */
import { HEIGHT_MESSAGE } from './snippets.ts';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

type Observe = (element: Element, onresize: () => void) => () => void;

const resizeObserver: Observe = (element, onresize) => {
  const observer = new ResizeObserver(onresize);
  observer.observe(element);
  return () => observer.disconnect();
};

/**
 * Posts `{ type: 'campus-map:height', height }` through `post` with the element's height in whole CSS
 * pixels, once now and then on every change (the same height is never posted twice in a row).
 * Returns the function that stops it.
 */
export function reportHeight(
  element: HTMLElement,
  post: (message: HeightMessage) => void,
  observe: Observe = resizeObserver,
): () => void {
  let last = -1;
  const send = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    post({ type: HEIGHT_MESSAGE, height });
  };
  send();
  return observe(element, send);
}

/** True when the page runs inside a frame (otherwise there is nobody to tell). */
export function isFramed(win: Window = window): boolean {
  try {
    return win.parent !== win;
  } catch {
    return true;
  }
}
