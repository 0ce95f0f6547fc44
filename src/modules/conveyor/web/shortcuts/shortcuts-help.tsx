import { Kbd, Modal, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Shortcut } from './use-shortcuts.tsx';

export interface ShortcutsHelpProps {
  opened: boolean;
  onClose: () => void;
  /** The page's name for its shortcuts. */
  section: string;
  shortcuts: Shortcut[];
}

/** The page's shortcuts, then search's and this list's own ("?"). */
export function ShortcutsHelp({ opened, onClose, section, shortcuts }: ShortcutsHelpProps) {
  const { t } = useTranslation();
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

  return (
    <Modal opened={opened} onClose={onClose} title={t('shortcuts.title')} size="md">
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
}
