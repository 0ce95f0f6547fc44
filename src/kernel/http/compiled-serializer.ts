import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

// Responses are serialised by a function fast-json-stringify compiles from the route's zod
// schema (through its JSON Schema), instead of zod's encode + JSON.stringify on every answer
// (ADR 022). The compiled path must give the very bytes zod's path gives, so only JSON Schema
// it renders exactly as zod + JSON.stringify would is compiled (fastSchema below lists it); any
// other schema — a transform, a date, a default, a union, a record, a tuple — keeps zod's path.
// With `compare` (the API tests) every answer is serialised both ways and a difference fails the
// request, so the two can never drift apart unnoticed.
//
// What the compiled path gives up: zod's check of the answer against the schema (a presenter
// bug answers malformed JSON instead of a 500). The tests keep that check: `compare` runs zod
// first, and its refusal fails the request as before.

type Serialize = (data: unknown) => string;

/** Thrown for a JSON Schema construct the compiled path does not render as zod would. */
class NotCompilable extends Error {}

// Keywords that only constrain or describe a value: zod checks them, neither path prints them.
const IGNORED = new Set([
  '$schema',
  'description',
  'title',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'enum',
  'const',
  'id',
]);
const SCALARS = new Set(['string', 'number', 'integer', 'boolean', 'null']);

type Schema = Record<string, unknown>;

/** A nullable X as zod writes it: anyOf [X, null] or a type list [X, "null"]. */
function nullableOf(schema: Schema): Schema | null {
  const anyOf = schema.anyOf;
  if (Array.isArray(anyOf) && anyOf.length === 2) {
    const [a, b] = anyOf as Schema[];
    if (b?.type === 'null' && Object.keys(b).length === 1) return a!;
    if (a?.type === 'null' && Object.keys(a).length === 1) return b!;
  }
  return null;
}

/**
 * The JSON Schema, reduced to what fast-json-stringify needs to print it as JSON.stringify
 * would print zod's output, or NotCompilable. Property order is the schema's in both paths;
 * properties the schema does not name are dropped by both (zod strips them).
 */
function fastSchema(schema: unknown): Schema {
  if (typeof schema !== 'object' || schema === null) throw new NotCompilable('boolean schema');
  const source = schema as Schema;
  const inner = nullableOf(source);
  if (inner) return { ...fastSchema(inner), nullable: true };
  const out: Schema = {};
  for (const [key, value] of Object.entries(source)) {
    if (IGNORED.has(key) || key === 'required') continue;
    if (key === 'type') continue;
    if (key === 'properties') {
      const properties: Schema = {};
      for (const [name, property] of Object.entries(value as Schema)) {
        properties[name] = fastSchema(property);
      }
      out.properties = properties;
    } else if (key === 'items') {
      out.items = fastSchema(value);
    } else if (key === 'additionalProperties' && value === false) {
      // zod strips unknown keys; fast-json-stringify skips properties the schema does not name.
    } else {
      throw new NotCompilable(`keyword ${key}`);
    }
  }
  const type = source.type;
  if (Array.isArray(type)) {
    const [a, b, ...rest] = type as string[];
    if (rest.length || b !== 'null' || !SCALARS.has(a!)) throw new NotCompilable(`type ${type}`);
    return { ...out, type: a, nullable: true };
  }
  if (type === 'object') {
    if (!('properties' in out) || source.additionalProperties !== false) {
      throw new NotCompilable('an object with other keys than its properties (a record)');
    }
    // None required: fast-json-stringify prints required properties first, zod in schema order.
    // (A missing required property is zod's to refuse; the compiled path leaves it out.)
    return { ...out, type, required: [] };
  }
  if (type === 'array') {
    if (!('items' in out)) throw new NotCompilable('an array without items');
    return { ...out, type };
  }
  if (typeof type === 'string' && SCALARS.has(type)) return { ...out, type };
  throw new NotCompilable(`type ${String(type)}`);
}

// One compiled function per zod schema (the Problem schema serves every route's errors).
const compiled = new WeakMap<z.ZodType, Serialize | null>();

/** The compiled serialiser of a zod response schema, or null when zod's path must serve it. */
export function compiledSerializer(schema: z.ZodType): Serialize | null {
  if (compiled.has(schema)) return compiled.get(schema)!;
  let serialize: Serialize | null = null;
  try {
    // A registry of its own: no ids, so every schema is inlined (no $ref for the compiler).
    const json = z.toJSONSchema(schema, {
      io: 'output',
      unrepresentable: 'throw',
      cycles: 'throw',
      reused: 'inline',
      metadata: z.registry(),
      target: 'draft-7',
    });
    serialize = fastJson(
      fastSchema(json) as unknown as Parameters<typeof fastJson>[0],
    ) as Serialize;
  } catch {
    // NotCompilable, or what zod cannot express in JSON Schema (a transform, a date): zod's path.
    serialize = null;
  }
  compiled.set(schema, serialize);
  return serialize;
}

/**
 * Fastify's serializer compiler: the compiled function when the schema allows it, zod's
 * otherwise. Compiled at a route's first answer, not at start-up (tests start many servers).
 * With `compare`, both run and must agree to the byte.
 */
export function createSerializerCompiler(options: {
  compare: boolean;
}): FastifySerializerCompiler<unknown> {
  return (route) => {
    const zodSerialize = zodSerializerCompiler(route as never) as Serialize;
    const schema = route.schema;
    if (!(schema instanceof z.ZodType)) return zodSerialize;
    let fast: Serialize | null | undefined;
    return (data: unknown) => {
      if (fast === undefined) fast = compiledSerializer(schema);
      if (!fast) return zodSerialize(data);
      if (!options.compare) return fast(data);
      const expected = zodSerialize(data);
      const actual = fast(data);
      if (actual !== expected) {
        throw new Error(
          `The compiled serialiser of ${route.method} ${route.url} (${route.httpStatus}) differs ` +
            `from zod's:\n  zod:      ${expected}\n  compiled: ${actual}`,
        );
      }
      return actual;
    };
  };
}
