import { ActionIcon, Kbd, Modal, Table, Text, Tooltip } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { shortcutKey, takesText } from './shortcut-key.ts';

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

  const rows: { keys: ReactNode; label: string; disabled?: boolean }[] = [
    ...shortcuts.map((s) => ({
      keys: <Kbd>{s.key.toUpperCase()}</Kbd>,
      label: s.label,
      disabled: s.disabled,
    })),
    {
      keys: (
        <>
          <Kbd>Ctrl</Kbd> / <Kbd>⌘</Kbd> + <Kbd>K</Kbd>
        </>
      ),
      label: t('shortcuts.search'),
    },
    { keys: <Kbd>?</Kbd>, label: t('shortcuts.help') },
  ];

  const help = (
    <Modal opened={open} onClose={() => setOpen(false)} title={t('shortcuts.title')} size="md">
      <Text size="sm" fw={600} mb="xs">
        {section}
      </Text>
      <Table verticalSpacing={4} withRowBorders={false}>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.label} c={row.disabled ? 'dimmed' : undefined}>
              <Table.Td w={120} style={{ whiteSpace: 'nowrap' }}>
                {row.keys}
              </Table.Td>
              <Table.Td>{row.label}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt="sm">
        {t('shortcuts.whileTyping')}
      </Text>
    </Modal>
  );
  const button = (
    <Tooltip label={t('shortcuts.title')}>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t('shortcuts.title')}
        onClick={() => setOpen(true)}
      >
        ?
      </ActionIcon>
    </Tooltip>
  );
  return { help, button };
}
