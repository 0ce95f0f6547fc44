import { ActionIcon } from '@mantine/core';
import { deferred } from '../../../../kernel/web/app/deferred.tsx';
import { LaterTooltip } from '../../../../kernel/web/components/later.tsx';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { shortcutKey, takesText } from './shortcut-key.ts';
import type { ShortcutsHelpProps } from './shortcuts-help.tsx';

/** The list of shortcuts, loaded after the page's first view (ADR 032); drawn once asked for. */
const ShortcutsHelp = deferred<ShortcutsHelpProps>(
  async () => (await import('./shortcuts-help.tsx')).ShortcutsHelp,
  null,
);

export interface Shortcut {
  /** One character, lower case (`n`). */
  key: string;
  /** What it does, translated. */
  label: string;
  run: () => void;
  /** Listed but does nothing (e.g. the person may not change this deal). */
  disabled?: boolean;
}

// A dialog or an open menu owns the keyboard: a letter typed there is not a command. (Mantine
// keeps the focus inside an open modal or menu, so the key's target is inside it.)
const OWNS_KEYS = '[role="dialog"], [role="menu"], [role="listbox"], [aria-modal="true"]';

/**
 * Single-key shortcuts for a page, and "?" for the list of them. Keys do nothing while the
 * person types in a field or a dialog is open. Returns the list's dialog (to draw) and a button
 * that opens it.
 */
export function useShortcuts(
  section: string,
  shortcuts: Shortcut[],
): { help: ReactNode; button: ReactNode } {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // The listener is added once; it reads the page's latest shortcuts.
  const latest = useRef(shortcuts);
  latest.current = shortcuts;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      const key = shortcutKey(event, {
        typing: target !== null && takesText(target),
        inDialog: target?.closest(OWNS_KEYS) != null,
      });
      if (key === null) return;
      if (key === '?') {
        event.preventDefault();
        setOpen(true);
        return;
      }
      const shortcut = latest.current.find((s) => s.key === key && !s.disabled);
      if (!shortcut) return;
      event.preventDefault();
      shortcut.run();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const help = (
    <ShortcutsHelp
      opened={open}
      onClose={() => setOpen(false)}
      section={section}
      shortcuts={shortcuts}
    />
  );
  const button = (
    <LaterTooltip label={t('shortcuts.title')}>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t('shortcuts.title')}
        onClick={() => setOpen(true)}
      >
        ?
      </ActionIcon>
    </LaterTooltip>
  );
  return { help, button };
}
