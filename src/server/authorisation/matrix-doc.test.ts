import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatMarkdown, markdownTable } from '../../../tools/authorisation-matrix/markdown.ts';
import { matrixDocument, type OperationPaths } from './matrix-doc.ts';

const docPath = fileURLToPath(new URL('../../../docs/authorisation-matrix.md', import.meta.url));
const openapiPath = fileURLToPath(new URL('../../../openapi.json', import.meta.url));

/** Every operationId of the committed openapi.json (itself checked against the routes). */
function operationPaths(): OperationPaths {
  const document = JSON.parse(readFileSync(openapiPath, 'utf8')) as {
    paths: Record<string, Record<string, { operationId: string }>>;
  };
  return Object.fromEntries(
    Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, operation]) => [
        operation.operationId,
        { method: method.toUpperCase(), path },
      ]),
    ),
  );
}

describe('docs/authorisation-matrix.md', () => {
  it('is rendered from the expectations (after a change: npx vitest run src/server/authorisation -u)', async () => {
    const { header, rows, text } = matrixDocument(operationPaths());
    const markdown = text.replace('{{table}}', markdownTable(header, rows));
    await expect(await formatMarkdown(markdown, docPath)).toMatchFileSnapshot(
      docPath,
      'docs/authorisation-matrix.md differs from src/server/authorisation/expectations.ts',
    );
  });
});
