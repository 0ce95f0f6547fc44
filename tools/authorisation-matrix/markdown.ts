// Test-only helpers for documents generated from data (docs/authorisation-matrix.md): a Markdown
// table, and the project's Prettier formatting so the generated file passes `npm run lint` as is.
import { format, resolveConfig } from 'prettier';

/** Escapes what would end a table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The text as Prettier formats it for this path (the repository's .prettierrc). */
export async function formatMarkdown(text: string, path: string): Promise<string> {
  const options = (await resolveConfig(path)) ?? {};
  return format(text, { ...options, filepath: path, parser: 'markdown' });
}
