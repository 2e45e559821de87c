/**
 * Focus for a panel that opens over the page and goes away again (the Campus card): it remembers where
 * the focus came from when the panel opened (a list entry, a search box, the map) and gives it back
 * there when the panel's removal has dropped it on <body> — a keyboard user then carries on from where
 * they were instead of starting again from the top of the page. Works inside a shadow root too (the
 * <campus-map> element), where the document only sees the host as focused.
 */

/** The focused element as seen from the panel's own tree (a shadow root, or the document). */
function activeElementOf(node: Node): Element | null {
  const root = node.getRootNode() as Document | ShadowRoot;
  return root.activeElement ?? null;
}

/** Still in the page and not hidden: a place focus can go back to. */
function isUsable(element: HTMLElement | null): element is HTMLElement {
  if (!element?.isConnected) return false;
  if (element.closest('[hidden], [inert]')) return false;
  // `checkVisibility` is missing from older browsers and jsdom: without it, being connected is enough.
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}

export class FocusReturn {
  #opener: HTMLElement | null = null;

  /** Where focus will go back to, if still usable then. */
  get opener(): HTMLElement | null {
    return this.#opener;
  }

  /**
   * Call when the panel opens or shows something new, before moving focus into it: remembers the
   * focused element if it is outside the panel (focus already inside keeps the earlier opener).
   */
  remember(panel: HTMLElement): void {
    const active = activeElementOf(panel);
    if (active instanceof HTMLElement && active !== active.ownerDocument.body && !panel.contains(active)) {
      this.#opener = active;
    }
  }

  /**
   * Call once the panel is closing or closed. If it held the focus (or its removal dropped the focus
   * on <body>), focus goes to the opener, or to `fallback` when the opener is gone. Focus elsewhere
   * (the person clicked another control) is left alone. Returns the element focused, if any.
   */
  restore(panel: HTMLElement, fallback: HTMLElement | null = null): HTMLElement | null {
    const documentActive = panel.ownerDocument.activeElement;
    const lost =
      documentActive === null ||
      documentActive === panel.ownerDocument.body ||
      (panel.isConnected && panel.contains(activeElementOf(panel)));
    if (!lost) return null;
    const target = [this.#opener, fallback].find(isUsable) ?? null;
    target?.focus();
    return target;
  }
}
