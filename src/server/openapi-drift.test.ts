import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateOpenApiDocument } from './openapi-document.ts';
import { describeApi } from './test/test-app.ts';

const committedPath = fileURLToPath(new URL('../../openapi.json', import.meta.url));

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
}

/** Where two texts first differ, for a failure message that points at the drift. */
function firstDifference(committed: string, generated: string): string {
  const a = committed.split('\n');
  const b = generated.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  return `first difference at line ${at + 1}: committed ${JSON.stringify(a[at])}, generated ${JSON.stringify(b[at])}`;
}

describe('openapi.json', () => {
  it('is exactly what the routes generate (run `npm run openapi` after changing an API)', async () => {
    const generated = await generateOpenApiDocument();
    const committed = readFileSync(committedPath, 'utf8');
    expect(
      generated === committed,
      'openapi.json is out of date with the routes: run `npm run openapi` and commit the result' +
        ` (${firstDifference(committed, generated)})`,
    ).toBe(true);
  });

  it('is OpenAPI 3.1.0 with the companies endpoints and the Problem schema', async () => {
    const document = JSON.parse(await generateOpenApiDocument()) as OpenApiDocument;
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths['/api/v1/companies'] ?? {})).toEqual(
      expect.arrayContaining(['get', 'post']),
    );
    expect(Object.keys(document.paths['/api/v1/contacts/{id}'] ?? {})).toEqual(
      expect.arrayContaining(['get', 'patch']),
    );
    const problem = document.components.schemas.Problem;
    expect(Object.keys(problem?.properties ?? {})).toEqual(
      expect.arrayContaining(['type', 'title', 'status', 'detail', 'code', 'errors']),
    );
  });
});

describeApi('served API documentation', (t) => {
  it('serves the same document at /api/openapi.json and an HTML page at /api/docs', async () => {
    const served = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toContain('application/json');
    expect(served.json()).toEqual(JSON.parse(await generateOpenApiDocument()));

    const docs = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
    expect(docs.body).toMatch(/<html/i);
    expect(docs.body).toContain('swagger-ui');
  });
});
