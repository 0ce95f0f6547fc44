import { ActionIcon, Group, Menu, ScrollArea, Textarea, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { allUsersQuery } from '../../../identity/web/index.ts';
import { LinkIcon } from './icons.tsx';

export interface Picked {
  id: string;
  name: string;
}

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** The members mentioned so far (their `@Name` turns into a mention when saved). */
  picked: readonly Picked[];
  onPick: (member: Picked) => void;
  label: string;
  autoFocus?: boolean;
}

function ToolButton(props: { label: string; onClick: () => void; children: ReactNode }) {
  return (
    <Tooltip label={props.label}>
      <ActionIcon variant="subtle" color="gray" aria-label={props.label} onClick={props.onClick}>
        {props.children}
      </ActionIcon>
    </Tooltip>
  );
}

/** The note's text with buttons that write its markup around the selection, and mentions. */
export function NoteEditor({ value, onChange, picked, onPick, label, autoFocus }: Props) {
  const { t } = useTranslation();
  const area = useRef<HTMLTextAreaElement>(null);
  const users = useQuery(allUsersQuery);

  /** Replaces the selection by `make(selected)` and selects what `select` says of the result. */
  const edit = (make: (selected: string) => string) => {
    const el = area.current;
    const start = el?.selectionStart ?? value.length;
    const end = el?.selectionEnd ?? value.length;
    const inserted = make(value.slice(start, end));
    onChange(value.slice(0, start) + inserted + value.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + inserted.length, start + inserted.length);
    });
  };
  const wrap = (mark: string, word: string) =>
    edit((s) => `${mark}${s || word.toLowerCase()}${mark}`);
  const bullets = () =>
    edit((s) =>
      (s || '')
        .split('\n')
        .map((line) => `- ${line}`)
        .join('\n'),
    );
  const link = () => edit((s) => `[${s || t('notes.linkText')}](https://)`);
  const mention = (member: Picked) => {
    if (!picked.some((p) => p.id === member.id)) onPick(member);
    edit(() => `@${member.name} `);
  };

  return (
    <div>
      <Group gap={2} mb={4} role="toolbar" aria-label={t('notes.toolbar')}>
        <ToolButton label={t('notes.bold')} onClick={() => wrap('**', t('notes.bold'))}>
          <strong>B</strong>
        </ToolButton>
        <ToolButton label={t('notes.italic')} onClick={() => wrap('*', t('notes.italic'))}>
          <em style={{ fontFamily: 'serif' }}>I</em>
        </ToolButton>
        <ToolButton label={t('notes.list')} onClick={bullets}>
          •
        </ToolButton>
        <ToolButton label={t('notes.link')} onClick={link}>
          <LinkIcon />
        </ToolButton>
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('notes.mention')}
              w="auto"
              px={6}
            >
              @ {t('notes.mention')}
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <ScrollArea.Autosize mah={240}>
              {(users.data ?? [])
                .filter((u) => u.active)
                .map((u) => (
                  <Menu.Item key={u.id} onClick={() => mention({ id: u.id, name: u.name })}>
                    {u.name}
                  </Menu.Item>
                ))}
            </ScrollArea.Autosize>
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Textarea
        ref={area}
        aria-label={label}
        placeholder={t('notes.placeholder')}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        autosize
        minRows={2}
        maxRows={12}
        maxLength={10_000}
        autoFocus={autoFocus}
      />
    </div>
  );
}
