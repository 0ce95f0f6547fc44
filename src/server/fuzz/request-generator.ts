// One operation of openapi.json → an arbitrary of HTTP requests to it: a valid one (every
// parameter and field as the schema says, ids from the fuzzed workspace), or a valid one with
// exactly one thing broken — a field, the whole body, a query or path parameter, the bytes'
// encoding, the content type or a header — sent as admin, member or nobody.
import fc from 'fast-check';
import {
  HEADER_ABUSE,
  INVALID_UTF8,
  RAW_ESCAPES,
  WRONG_CONTENT_TYPES,
  hostileText,
  hostileValue,
  type HostileContext,
} from './hostile-values.ts';
import { kindOf } from './id-pool.ts';
import { getAt, pathsOf, schemaAt, setAt } from './json-paths.ts';
import type { JsonSchema, Operation, Parameter } from './openapi-operations.ts';
import { validValue, type SchemaContext } from './schema-to-arbitrary.ts';

export const ROLES = ['admin', 'member', 'anonymous'] as const;
export type Role = (typeof ROLES)[number];

export const REQUEST_KINDS = [
  'valid',
  'body-field',
  'body-whole',
  'query',
  'path',
  'encoding',
  'content-type',
  'header',
] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export interface FuzzRequest {
  operationId: string;
  kind: RequestKind;
  /** The request may be accepted: valid, or broken in a way the API may rightly ignore. */
  mayPass: boolean;
  role: Role;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

export type GeneratorContext = SchemaContext & HostileContext;

/** How often each kind is sent to a write, and to a read (whose body nobody reads). */
const WRITE_KINDS: Record<RequestKind, number> = {
  valid: 6,
  'body-field': 7,
  'body-whole': 1,
  query: 1,
  path: 2,
  encoding: 3,
  'content-type': 2,
  header: 1,
};
const READ_KINDS: Record<RequestKind, number> = {
  valid: 3,
  'body-field': 0,
  'body-whole': 1,
  query: 6,
  path: 3,
  encoding: 3,
  'content-type': 1,
  header: 2,
};

const ROLE_WEIGHTS: Record<Role, number> = { admin: 5, member: 3, anonymous: 2 };

const MARKER = 'zzFUZZMARKzz';

type Query = [string, string, boolean][]; // name, value, already encoded

function weighted<T extends string>(weights: Record<T, number>): fc.Arbitrary<T> {
  return fc.oneof(
    ...(Object.entries(weights) as [T, number][])
      .filter(([, weight]) => weight > 0)
      .map(([value, weight]) => ({
        weight,
        arbitrary: fc.constant(value),
      })),
  );
}

/** A path parameter `id` names a record of the segment before it (`/deals/{id}` → a deal). */
function fieldNameOf(parameter: Parameter, operation: Operation): string {
  if (parameter.in !== 'path' || parameter.name !== 'id') return parameter.name;
  const segment = operation.path.split('/{id}')[0]!.split('/').pop() ?? '';
  return `${kindOf(segment)}Id`;
}

function paramValue(parameter: Parameter, operation: Operation, ctx: GeneratorContext) {
  return validValue(ctx.resolve(parameter.schema), ctx, fieldNameOf(parameter, operation)).map(
    String,
  );
}

function queryArbitrary(operation: Operation, ctx: GeneratorContext): fc.Arbitrary<Query> {
  const query = operation.parameters.filter((p) => p.in === 'query');
  return fc
    .tuple(
      ...query.map((p) =>
        p.required
          ? paramValue(p, operation, ctx).map((v): [string, string, boolean] | null => [
              p.name,
              v,
              false,
            ])
          : fc.option(
              paramValue(p, operation, ctx).map((v): [string, string, boolean] => [
                p.name,
                v,
                false,
              ]),
              {
                freq: 2,
              },
            ),
      ),
    )
    .map((entries) => entries.filter((e): e is [string, string, boolean] => e !== null));
}

/**
 * encodeURIComponent, except that a lone surrogate (which it refuses) is sent as the bytes a
 * careless encoder would write for it (WTF-8: `%ED%A0%80`), which are not UTF-8.
 */
export function encodeLoosely(value: string): string {
  return value.replace(/\p{Cs}|[^\p{Cs}]+/gu, (part) => {
    if (!/^\p{Cs}$/u.test(part)) return encodeURIComponent(part);
    const unit = part.charCodeAt(0);
    const bytes = [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)];
    return bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join('');
  });
}

function buildUrl(path: string, params: Record<string, string>, query: Query): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
  const search = query
    .map(([name, value, raw]) => `${encodeLoosely(name)}=${raw ? value : encodeLoosely(value)}`)
    .join('&');
  return search ? `${filled}?${search}` : filled;
}

interface Base {
  role: Role;
  params: Record<string, string>;
  query: Query;
  body: unknown;
  /** Appended to the path (a segment no route has). */
  suffix?: string;
}

interface Mutated {
  base: Base;
  payload?: string | Buffer;
  headers: Record<string, string>;
  /** Whether the request may still be accepted (and write). */
  mayPass: boolean;
}

function withInvalidUtf8(body: unknown, pick: number, bytes: number[]): Buffer {
  const strings = pathsOf(body).filter((p) => p.length && typeof getAt(body, p) === 'string');
  const marked =
    strings.length && body && typeof body === 'object'
      ? setAt(body, strings[pick % strings.length]!, `a${MARKER}b`)
      : { ...(body && typeof body === 'object' ? body : {}), note: `a${MARKER}b` };
  const json = Buffer.from(JSON.stringify(marked));
  const at = json.indexOf(MARKER);
  return Buffer.concat([
    json.subarray(0, at),
    Buffer.from(bytes),
    json.subarray(at + MARKER.length),
  ]);
}

/** The one broken thing of a request of this kind, applied to a valid base. */
function mutate(
  kind: RequestKind,
  base: Base,
  operation: Operation,
  ctx: GeneratorContext,
): fc.Arbitrary<Mutated> {
  const json = { 'content-type': 'application/json' };
  const plain = (b: Base, mayPass = false): Mutated => ({
    base: b,
    mayPass,
    headers: b.body === undefined ? {} : json,
    ...(b.body === undefined ? {} : { payload: JSON.stringify(b.body) }),
  });
  switch (kind) {
    case 'valid':
      return fc.constant(plain(base, true));
    case 'body-field': {
      const paths = pathsOf(base.body ?? {});
      return fc
        .tuple(fc.nat(), fc.constantFrom('replace', 'replace', 'replace', 'remove', 'add'))
        .chain(([pick, how]) => {
          const path = paths[pick % paths.length]!;
          const schema = operation.body ? schemaAt(operation.body, path, ctx.resolve) : undefined;
          return hostileValue(schema, ctx).map((value) => {
            const body = base.body ?? {};
            if (how === 'remove' && path.length) {
              return plain({ ...base, body: setAt(body, path, undefined, true) }, true);
            }
            if (how === 'add') {
              const target = getAt(body, path);
              const parent =
                target && typeof target === 'object' && !Array.isArray(target) ? path : [];
              return plain({ ...base, body: setAt(body, [...parent, 'fuzzExtra'], value) }, true);
            }
            // A hostile value may still be one the field accepts (a number in range, a text).
            return plain({ ...base, body: setAt(body, path, value) }, true);
          });
        });
    }
    case 'body-whole':
      return fc
        .oneof(
          hostileValue(undefined, ctx).map((value) => JSON.stringify(value) ?? 'null'),
          fc.constantFrom(
            '',
            '{',
            '{"a":',
            '[1,2',
            'nul',
            '{"a":1}{"b":2}',
            '\u0000',
            '{"__proto__":{"x":1}}',
            '1'.repeat(400),
          ),
        )
        .map((payload): Mutated => ({ base, payload, headers: json, mayPass: false }));
    case 'query':
      return fc
        .tuple(
          fc.nat(),
          hostileText(ctx),
          fc.constantFrom('replace', 'replace', 'unknown', 'duplicate', 'raw', 'array'),
          fc.constantFrom(...RAW_ESCAPES),
        )
        .map(([pick, value, how, escape]) => {
          const names = operation.parameters.filter((p) => p.in === 'query').map((p) => p.name);
          const name = names.length ? names[pick % names.length]! : 'fuzz';
          const others = base.query.filter(([n]) => n !== name);
          const query: Query =
            how === 'unknown'
              ? [...base.query, ['fuzz', value, false]]
              : how === 'duplicate'
                ? [...base.query, [name, value, false], [name, value, false]]
                : how === 'raw'
                  ? [...others, [name, escape, true]]
                  : how === 'array'
                    ? [...others, [`${name}[]`, value, false], [`${name}[a]`, '1', false]]
                    : [...others, [name, value, false]];
          // Unknown parameters are ignored, and a hostile text may be a fine search.
          return plain({ ...base, query }, true);
        });
    case 'path':
      return fc
        .tuple(
          fc.oneof(hostileText(ctx), fc.constantFrom(...RAW_ESCAPES.map((e) => `raw:${e}`))),
          fc.nat(),
        )
        .map(([value, pick]) => {
          const names = Object.keys(base.params);
          const segment = value.startsWith('raw:') ? value.slice(4) : encodeLoosely(value);
          // Without a parameter to break, a segment no route has.
          if (!names.length) return plain({ ...base, suffix: `/${segment}` });
          const name = names[pick % names.length]!;
          return plain({ ...base, params: { ...base.params, [name]: segment } });
        });
    case 'encoding':
      return fc
        .tuple(
          fc.nat(),
          fc.constantFrom(...INVALID_UTF8, [0x00]),
          fc.boolean(),
          fc.constantFrom(...RAW_ESCAPES),
        )
        .map(([pick, bytes, inBody, escape]) => {
          if (!inBody && operation.method === 'GET') {
            return plain({
              ...base,
              query: [...base.query, [pick % 2 ? 'q' : 'cursor', escape, true]],
            });
          }
          // An unknown parameter is ignored, whatever its bytes.
          if (!inBody)
            return plain({ ...base, query: [...base.query, ['fuzz', escape, true]] }, true);
          return {
            base,
            payload: withInvalidUtf8(base.body ?? {}, pick, bytes),
            headers: json,
            mayPass: false,
          };
        });
    case 'content-type':
      return fc.constantFrom(...WRONG_CONTENT_TYPES).map((type) => {
        const payload =
          type === 'application/x-www-form-urlencoded'
            ? 'name=a%00b&title=%ff&email=x'
            : JSON.stringify(base.body ?? { a: 1 });
        const headers: Record<string, string> = type ? { 'content-type': type } : {};
        return { base, payload, headers, mayPass: true };
      });
    case 'header':
      return fc.constantFrom(...HEADER_ABUSE).map(([name, value]) => {
        const sent = plain(base, true);
        return { ...sent, headers: { ...sent.headers, [name]: value } };
      });
  }
}

/** Requests to one operation, valid or with one thing broken, as any role. */
export function requestArbitrary(
  operation: Operation,
  ctx: GeneratorContext,
): fc.Arbitrary<FuzzRequest> {
  const pathParams = operation.parameters.filter((p) => p.in === 'path');
  const params = fc.record(
    Object.fromEntries(
      pathParams.map((p) => [p.name, paramValue(p, operation, ctx).map(encodeLoosely)]),
    ),
  );
  const body: fc.Arbitrary<unknown> = operation.body
    ? validValue(operation.body as JsonSchema, ctx)
    : fc.constant(undefined);
  const base = fc.record({
    role: weighted(ROLE_WEIGHTS),
    params,
    query: queryArbitrary(operation, ctx),
    body,
  });
  return fc
    .tuple(base, weighted(operation.method === 'GET' ? READ_KINDS : WRITE_KINDS))
    .chain(([b, kind]) =>
      mutate(kind, b, operation, ctx).map(({ base: sent, payload, headers, mayPass }) => ({
        operationId: operation.operationId,
        kind,
        mayPass,
        role: sent.role,
        method: operation.method,
        url: buildUrl(operation.path, sent.params, sent.query) + (sent.suffix ?? ''),
        headers,
        ...(payload === undefined ? {} : { payload }),
      })),
    );
}
