/** What a key press looks like to the shortcuts (a KeyboardEvent has all of it). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing: boolean;
  defaultPrevented: boolean;
}

/** Where the key was pressed. */
export interface KeyTarget {
  /** In a text field, a select or anything editable: the key is text, not a command. */
  typing: boolean;
  /** A dialog or menu is open (it owns the keyboard until it closes). */
  inDialog: boolean;
}

/**
 * The single-key shortcut a press means (`n`, `?`), or null when it is not one: while typing,
 * with a dialog open, with Ctrl, ⌘ or Alt held (those belong to the browser and to Ctrl/⌘-K
 * search), mid-composition (an IME), or when something already handled it. Letters are matched
 * in either case, so Caps Lock does not disable them; Shift is allowed because "?" needs it.
 */
export function shortcutKey(press: KeyPress, target: KeyTarget): string | null {
  if (press.defaultPrevented || press.isComposing) return null;
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (target.typing || target.inDialog) return null;
  if ([...press.key].length !== 1) return null;
  return press.key.toLowerCase();
}

/** Whether a DOM element takes typed text (tests pass plain objects). */
export function takesText(el: {
  tagName?: string;
  isContentEditable?: boolean;
  type?: string;
}): boolean {
  if (el.isContentEditable) return true;
  const tag = el.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  // A checkbox or a button-like input takes no text: a shortcut there still works.
  const noText = ['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'];
  return tag === 'INPUT' && !noText.includes(el.type ?? 'text');
}
