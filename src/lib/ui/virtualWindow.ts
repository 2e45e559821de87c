/**
 * The maths of a virtualised list of fixed-height rows: which rows to render for a scroll position,
 * where a key moves the focus, and how far to scroll to bring a row into view. Pixels in, indices out;
 * the component measures and renders.
 */

export interface WindowInput {
  /** Rows in the whole list. */
  count: number;
  /** Height of one row, in px (> 0). */
  rowHeight: number;
  /**
   * Top of the visible band, in px from the top of the first row: negative while the list starts
   * lower than the top of its scroll container, larger than the list once it is scrolled past.
   */
  viewTop: number;
  /** Height of the visible band, in px. */
  viewHeight: number;
  /** Rows rendered beyond each edge of the visible band, so a fast scroll does not show blanks. */
  overscan: number;
}

export interface RowWindow {
  /** First row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
  /** The first row at least partly visible (the list's entry point when no row has had focus). */
  firstVisible: number;
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

export function rowWindow({ count, rowHeight, viewTop, viewHeight, overscan }: WindowInput): RowWindow {
  if (count <= 0 || !(rowHeight > 0)) return { start: 0, end: 0, firstVisible: 0 };
  const first = clamp(Math.floor(viewTop / rowHeight), 0, count - 1);
  const last = clamp(Math.ceil((viewTop + Math.max(0, viewHeight)) / rowHeight), first + 1, count);
  return {
    start: Math.max(0, first - overscan),
    end: Math.min(count, last + overscan),
    firstVisible: first,
  };
}

/**
 * The rows of the window, plus `keep` when it lies outside (the row holding the focus stays in the
 * document when it is scrolled away, or the focus would fall back to the page), in list order.
 */
export function renderedRows({ start, end }: RowWindow, keep: number | null): number[] {
  const rows: number[] = [];
  if (keep !== null && keep >= 0 && keep < start) rows.push(keep);
  for (let i = start; i < end; i++) rows.push(i);
  if (keep !== null && keep >= end) rows.push(keep);
  return rows;
}

/** Rows a PageUp/PageDown moves by: a screenful less one, so the row left behind stays in sight. */
export function pageRows(viewHeight: number, rowHeight: number): number {
  return rowHeight > 0 ? Math.max(1, Math.floor(viewHeight / rowHeight) - 1) : 1;
}

/** The row a key moves the focus to from row `index`, or null for a key the list does not handle. */
export function keyTarget(key: string, index: number, count: number, page: number): number | null {
  if (count <= 0) return null;
  const moves: Record<string, number> = {
    ArrowDown: index + 1,
    ArrowUp: index - 1,
    PageDown: index + page,
    PageUp: index - page,
    Home: 0,
    End: count - 1,
  };
  const target = moves[key];
  return target === undefined ? null : clamp(target, 0, count - 1);
}

export interface RevealInput {
  /** The scroll container's current scrollTop. */
  scrollTop: number;
  /** Height of its visible area. */
  viewHeight: number;
  /** Px at the top of the visible area hidden by something sticky (the panel's tabs). */
  insetTop: number;
  /** The row's top and bottom, in the scroll container's content coordinates. */
  rowTop: number;
  rowBottom: number;
}

/** The scrollTop that brings the row fully into view, moving as little as possible. */
export function revealScrollTop({ scrollTop, viewHeight, insetTop, rowTop, rowBottom }: RevealInput): number {
  if (rowTop < scrollTop + insetTop) return Math.max(0, rowTop - insetTop);
  if (rowBottom > scrollTop + viewHeight) {
    // A row taller than the view shows its top.
    return Math.max(0, Math.min(rowBottom - viewHeight, rowTop - insetTop));
  }
  return scrollTop;
}
