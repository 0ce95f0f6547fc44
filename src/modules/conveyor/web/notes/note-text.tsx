import { Anchor, List, Stack, Text } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseNote, type Inline } from './note-markup.ts';

interface Member {
  id: string;
  name: string;
}

function inline(nodes: Inline[], names: ReadonlyMap<string, string>, former: string): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.kind) {
      case 'text':
        return <Fragment key={i}>{node.text}</Fragment>;
      case 'bold':
        return <strong key={i}>{inline(node.children, names, former)}</strong>;
      case 'italic':
        return <em key={i}>{inline(node.children, names, former)}</em>;
      case 'link':
        return (
          <Anchor key={i} href={node.href} target="_blank" rel="noopener noreferrer nofollow">
            {node.label}
          </Anchor>
        );
      case 'mention':
        return (
          <Text key={i} span fw={600} c="indigo.7">
            @{names.get(node.id) ?? former}
          </Text>
        );
    }
  });
}

/**
 * A note drawn from its markup as React elements — the text is never handed to the browser as
 * HTML; mentions show the member's current name.
 */
export function NoteText({ text, mentions }: { text: string; mentions: readonly Member[] }) {
  const { t } = useTranslation();
  const names = new Map(mentions.map((m) => [m.id.toLowerCase(), m.name]));
  const former = t('notes.formerMember');
  return (
    <Stack gap={4}>
      {parseNote(text).map((block, i) =>
        block.kind === 'list' ? (
          <List key={i} size="sm" withPadding>
            {block.items.map((item, j) => (
              <List.Item key={j}>{inline(item, names, former)}</List.Item>
            ))}
          </List>
        ) : (
          <Text key={i} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {block.lines.map((line, j) => (
              <Fragment key={j}>
                {j > 0 && <br />}
                {inline(line, names, former)}
              </Fragment>
            ))}
          </Text>
        ),
      )}
    </Stack>
  );
}
