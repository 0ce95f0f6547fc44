import { beforeAll, describe, expect, it } from 'vitest';
import { generateOpenApiDocument } from './openapi-document.ts';

// What integrators generating SDKs rely on, checked on the document the routes generate (the
// drift test keeps openapi.json equal to it). `npm run lint:openapi` (Redocly) checks it too.

interface Operation {
  operationId?: string;
  tags?: string[];
  summary?: string;
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
}

interface OpenApiDocument {
  servers?: { url: string; description?: string }[];
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);

/** Operations no client can make fail: public reads without input (see .redocly.lint-ignore.yaml). */
const NO_CLIENT_FAILURES = new Set(['getHealth', 'getSetupStatus']);

let document: OpenApiDocument;
let operations: { name: string; operation: Operation }[];

beforeAll(async () => {
  document = JSON.parse(await generateOpenApiDocument()) as OpenApiDocument;
  operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.has(method))
      .map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })),
  );
});

describe('the published OpenAPI document', () => {
  it('has operations', () => {
    expect(operations.length).toBeGreaterThan(90);
  });

  it('names the servers it describes', () => {
    expect(document.servers?.length ?? 0).toBeGreaterThan(0);
    for (const server of document.servers ?? []) {
      expect(server.url).toMatch(/\S/);
      expect(server.description).toMatch(/\S/);
    }
  });

  it('gives every operation a unique camelCase operationId', () => {
    const missing = operations.filter(({ operation }) => !operation.operationId);
    expect(
      missing.map(({ name }) => name),
      'operations without an operationId',
    ).toEqual([]);
    const notCamelCase = operations.filter(
      ({ operation }) => !/^[a-z][a-zA-Z0-9]*$/.test(operation.operationId ?? ''),
    );
    expect(
      notCamelCase.map(({ name, operation }) => `${name}: ${operation.operationId}`),
      'operationIds that are not camelCase',
    ).toEqual([]);
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { name, operation } of operations) {
      const id = operation.operationId ?? '';
      const first = seen.get(id);
      if (first) duplicates.push(`${id}: ${first} and ${name}`);
      else seen.set(id, name);
    }
    expect(duplicates, 'operationIds used twice').toEqual([]);
  });

  it('gives every operation one tag, declared with a description, and declares no unused tag', () => {
    const declared = new Map((document.tags ?? []).map((tag) => [tag.name, tag.description]));
    for (const [name, description] of declared) {
      expect(description, `tag ${name} has a description`).toMatch(/\S/);
    }
    const wrong = operations.filter(
      ({ operation }) => operation.tags?.length !== 1 || !declared.has(operation.tags[0] ?? ''),
    );
    expect(
      wrong.map(({ name, operation }) => `${name}: ${JSON.stringify(operation.tags ?? [])}`),
      'operations without exactly one declared tag',
    ).toEqual([]);
    const used = new Set(operations.flatMap(({ operation }) => operation.tags ?? []));
    expect([...declared.keys()].filter((tag) => !used.has(tag))).toEqual([]);
  });

  it('gives every operation a summary', () => {
    const missing = operations.filter(({ operation }) => !operation.summary?.trim());
    expect(missing.map(({ name }) => name)).toEqual([]);
  });

  it('documents every operation’s 4xx answers as application/problem+json with the Problem schema', () => {
    const problemResponses = ({ operation }: { operation: Operation }) =>
      Object.entries(operation.responses).filter(([status]) => /^4\d\d$/.test(status));

    const undocumented = operations.filter(
      (entry) =>
        !NO_CLIENT_FAILURES.has(entry.operation.operationId ?? '') &&
        problemResponses(entry).length === 0,
    );
    expect(
      undocumented.map(({ name }) => name),
      'operations that document no 4xx problem response',
    ).toEqual([]);

    // The exemptions stay true: an operation listed there really documents no client failure.
    const exempt = operations.filter(({ operation }) =>
      NO_CLIENT_FAILURES.has(operation.operationId ?? ''),
    );
    expect(exempt.map(({ operation }) => operation.operationId).sort()).toEqual(
      [...NO_CLIENT_FAILURES].sort(),
    );
    expect(exempt.flatMap(problemResponses)).toEqual([]);

    const wrongMedia = operations.flatMap((entry) =>
      problemResponses(entry)
        .filter(
          ([, response]) =>
            Object.keys(response.content ?? {}).join() !== 'application/problem+json' ||
            response.content?.['application/problem+json']?.schema?.$ref !==
              '#/components/schemas/Problem',
        )
        .map(([status]) => `${entry.name} ${status}`),
    );
    expect(wrongMedia, '4xx answers not documented as problem+json Problem').toEqual([]);
  });

  it('documents 403 wherever 401 is documented (a token may lack the scope)', () => {
    const missing = operations.filter(
      ({ operation }) => '401' in operation.responses && !('403' in operation.responses),
    );
    expect(missing.map(({ name }) => name)).toEqual([]);
  });
});
