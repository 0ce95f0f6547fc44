import { List, Stack, Text } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';

type Block = { kind: 'p'; lines: string[] } | { kind: 'ul' | 'ol'; items: string[] };

const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

/** Splits markdown into paragraphs and lists (headings read as paragraphs). */
export function parseBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const last = blocks.at(-1);
    if (bullet || numbered) {
      const kind = bullet ? 'ul' : 'ol';
      const text = ((bullet ?? numbered) as RegExpExecArray)[1] as string;
      if (last && last.kind === kind) last.items.push(text);
      else blocks.push({ kind, items: [text] });
    } else if (line.trim() === '') {
      if (last && last.kind === 'p' && last.lines.length > 0) blocks.push({ kind: 'p', lines: [] });
    } else {
      const text = line.replace(/^\s*#{1,6}\s+/, '').trim();
      if (last && last.kind === 'p') last.lines.push(text);
      else blocks.push({ kind: 'p', lines: [text] });
    }
  }
  return blocks.filter((b) => (b.kind === 'p' ? b.lines.length > 0 : true));
}

/** `**bold**`, `*em*`/`_em_` and `` `code` `` as React elements; everything else stays text. */
export function inline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  const pattern = /\*\*(.+?)\*\*|`([^`]+)`|\*(.+?)\*|_(.+?)_/g;
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    const index = m.index ?? 0;
    if (index > at) out.push(text.slice(at, index));
    const key = `${index}`;
    if (m[1] !== undefined) out.push(<strong key={key}>{m[1]}</strong>);
    else if (m[2] !== undefined) out.push(<code key={key}>{m[2]}</code>);
    else out.push(<em key={key}>{m[3] ?? m[4]}</em>);
    at = index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/**
 * Safe markdown for guidance texts: paragraphs, bullet and numbered lists, bold, italics and
 * code. Everything is rendered as React text — HTML in the source is shown, never injected.
 */
export function Markdown({ source }: { source: string }) {
  const blocks = parseBlocks(source);
  return (
    <Stack gap="xs">
      {blocks.map((block, i) =>
        block.kind === 'p' ? (
          <Text key={i} size="sm">
            {block.lines.map((line, j) => (
              <Fragment key={j}>
                {j > 0 && <br />}
                {inline(line)}
              </Fragment>
            ))}
          </Text>
        ) : (
          <List key={i} size="sm" type={block.kind === 'ol' ? 'ordered' : 'unordered'} withPadding>
            {block.items.map((item, j) => (
              <List.Item key={j}>{inline(item)}</List.Item>
            ))}
          </List>
        ),
      )}
    </Stack>
  );
}
