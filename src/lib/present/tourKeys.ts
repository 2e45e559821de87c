/**
 * The presentation's keyboard: → / ← (and the Page keys a presentation clicker sends) move between
 * steps, Début / Fin jump to the ends, Échap leaves. Keys typed in a field, or with a modifier (browser
 * shortcuts), are left alone.
 */
export type TourAction = 'next' | 'previous' | 'first' | 'last' | 'exit';

const ACTIONS: Readonly<Record<string, TourAction>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
};

export interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  /** Where the key was typed (text fields keep their arrows). */
  target: EventTarget | null;
}

function isTextField(target: EventTarget | null): boolean {
  const element = target as { tagName?: string; isContentEditable?: boolean } | null;
  const tag = element?.tagName?.toLowerCase();
  return tag === 'input' || tag === 'textarea' || tag === 'select' || element?.isContentEditable === true;
}

export function tourAction(event: KeyLike): TourAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  const action = ACTIONS[event.key] ?? null;
  if (action && action !== 'exit' && isTextField(event.target)) return null;
  return action;
}
