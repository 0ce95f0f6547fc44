/**
 * The note markup, read for display (the server keeps the text as written): `**bold**`,
 * `*italic*`, lines starting with `- ` as bullets, `[label](https://…)` links and bare
 * http(s) addresses, `<@member id>` mentions. Anything else is plain text — never HTML.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'bold' | 'italic'; children: Inline[] }
  | { kind: 'link'; href: string; label: string }
  | { kind: 'mention'; id: string };

export type Block = { kind: 'paragraph'; lines: Inline[][] } | { kind: 'list'; items: Inline[][] };

const INLINE =
  /\*\*([^*\n]+?)\*\*|\*([^*\n]+?)\*|\[([^\]\n]*)\]\(([^)\s]*)\)|<@([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})>|(https?:\/\/[^\s<>()[\]]+)/gi;

/** Only web addresses become links: a `javascript:` or `data:` target stays text. */
export function safeHref(target: string): string | null {
  return /^https?:\/\/[^\s]+$/i.test(target) ? target : null;
}

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    const [whole, bold, italic, label, target, mention, bare] = m;
    if (bold !== undefined) out.push({ kind: 'bold', children: parseInline(bold) });
    else if (italic !== undefined) out.push({ kind: 'italic', children: parseInline(italic) });
    else if (target !== undefined) {
      const href = safeHref(target);
      out.push(href ? { kind: 'link', href, label: label || href } : { kind: 'text', text: whole });
    } else if (mention !== undefined) out.push({ kind: 'mention', id: mention.toLowerCase() });
    else if (bare !== undefined) out.push({ kind: 'link', href: bare, label: bare });
    last = m.index + whole.length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

const BULLET = /^\s*[-•]\s+/;

/** Paragraphs (separated by a blank line) and bullet lists (consecutive `- ` lines). */
export function parseNote(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const current = blocks.at(-1);
    if (line.trim() === '') {
      blocks.push({ kind: 'paragraph', lines: [] });
    } else if (BULLET.test(line)) {
      const item = parseInline(line.replace(BULLET, ''));
      if (current?.kind === 'list') current.items.push(item);
      else blocks.push({ kind: 'list', items: [item] });
    } else if (current?.kind === 'paragraph') {
      current.lines.push(parseInline(line));
    } else {
      blocks.push({ kind: 'paragraph', lines: [parseInline(line)] });
    }
  }
  return blocks.filter((b) => (b.kind === 'paragraph' ? b.lines.length > 0 : true));
}

/** Mentions as the editor shows them: `<@id>` → `@Name` (the names it can turn back). */
export function toEditable(
  text: string,
  mentions: readonly { id: string; name: string }[],
): string {
  let shown = text;
  for (const m of mentions) shown = shown.split(`<@${m.id}>`).join(`@${m.name}`);
  return shown;
}

/** Back to the stored form: every `@Name` of a member picked in the editor → `<@id>`. */
export function toStored(text: string, picked: readonly { id: string; name: string }[]): string {
  let stored = text;
  // Longest names first: "@Anna Nowak" before "@Anna".
  for (const m of [...picked].sort((a, b) => b.name.length - a.name.length)) {
    stored = stored.split(`@${m.name}`).join(`<@${m.id}>`);
  }
  return stored;
}
