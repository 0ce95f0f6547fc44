import { describe, expect, it } from 'vitest';
import { shortcutKey, takesText, type KeyPress } from './shortcut-key.ts';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  isComposing: false,
  defaultPrevented: false,
  ...more,
});
const free = { typing: false, inDialog: false };

describe('shortcut keys', () => {
  it('reads a plain letter in either case, and "?"', () => {
    expect(shortcutKey(press('n'), free)).toBe('n');
    expect(shortcutKey(press('N'), free)).toBe('n');
    expect(shortcutKey(press('?'), free)).toBe('?');
  });

  it('ignores keys pressed while typing or with a dialog open', () => {
    expect(shortcutKey(press('n'), { typing: true, inDialog: false })).toBeNull();
    expect(shortcutKey(press('w'), { typing: false, inDialog: true })).toBeNull();
  });

  it('leaves Ctrl, ⌘ and Alt combinations (Ctrl/⌘-K search) to others', () => {
    expect(shortcutKey(press('k', { ctrlKey: true }), free)).toBeNull();
    expect(shortcutKey(press('k', { metaKey: true }), free)).toBeNull();
    expect(shortcutKey(press('e', { altKey: true }), free)).toBeNull();
  });

  it('ignores named keys, IME composition and handled presses', () => {
    expect(shortcutKey(press('Enter'), free)).toBeNull();
    expect(shortcutKey(press('ArrowLeft'), free)).toBeNull();
    expect(shortcutKey(press('n', { isComposing: true }), free)).toBeNull();
    expect(shortcutKey(press('n', { defaultPrevented: true }), free)).toBeNull();
  });

  it('knows which elements take text', () => {
    expect(takesText({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(takesText({ tagName: 'INPUT' })).toBe(true);
    expect(takesText({ tagName: 'input', type: 'search' })).toBe(true);
    expect(takesText({ tagName: 'TEXTAREA' })).toBe(true);
    expect(takesText({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(takesText({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(takesText({ tagName: 'BUTTON' })).toBe(false);
    expect(takesText({ tagName: 'A' })).toBe(false);
  });
});
