// fast-check arbitraries of values a JSON Schema accepts: the "valid" half of the fuzzer. Ids
// come from the pool (a field named `stageId` gets a stage of the fuzzed workspace), so a valid
// request reaches the use case and the database rather than stopping at a 404.
import fc from 'fast-check';
import type { JsonSchema } from './openapi-operations.ts';

export interface SchemaContext {
  resolve(schema: JsonSchema): JsonSchema;
  /** An id for a field of this name (the pool's, by the kind the name implies). */
  idFor(name: string | undefined): fc.Arbitrary<string>;
}

const MAX_DEPTH = 6;
const SHORT_TEXT = 24;

const isoDate = (from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((ms) => new Date(ms).toISOString());
const DATES = { from: Date.UTC(2024, 0, 1), to: Date.UTC(2028, 11, 31) };

/** Everyday text (letters, digits, punctuation, some non-Latin): what a user types. */
function text(min: number, max: number): fc.Arbitrary<string> {
  const unit = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABC0123 -.,') },
    { weight: 1, arbitrary: fc.constantFrom('ł', 'ż', 'Я', 'ё', 'é', '€', '—', '😀', '漢') },
  );
  return fc.string({ unit, minLength: min, maxLength: max });
}

function stringArbitrary(schema: JsonSchema, ctx: SchemaContext, name?: string) {
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? SHORT_TEXT, Math.max(min, SHORT_TEXT));
  // A form's public key is not a uuid, but like an id it must name a form to get anywhere.
  if (name === 'formKey') return ctx.idFor(name);
  switch (schema.format) {
    case 'uuid':
      return ctx.idFor(name);
    case 'date':
      return isoDate(DATES.from, DATES.to).map((iso) => iso.slice(0, 10));
    case 'date-time':
      return isoDate(DATES.from, DATES.to);
    case 'email':
      return fc
        .tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,11}$/), fc.constantFrom('example.test', 'a.pl'))
        .map(([local, domain]) => `${local}@${domain}`);
    case 'uri':
      return fc.constantFrom('https://example.com/', 'https://crm.example.test/hook?x=1');
  }
  if (schema.pattern) {
    try {
      const pattern = new RegExp(schema.pattern);
      return fc.stringMatching(pattern).filter((s) => s.length >= min && s.length <= max + 64);
    } catch {
      return text(min, max);
    }
  }
  return text(min, max);
}

function numberArbitrary(schema: JsonSchema, integer: boolean) {
  const low = schema.minimum ?? (schema.exclusiveMinimum ?? -1_000_000) + (integer ? 1 : 0.01);
  const high = schema.maximum ?? (schema.exclusiveMaximum ?? 1_000_000) - (integer ? 1 : 0.01);
  const min = Math.max(Math.ceil(low), -1_000_000_000);
  const max = Math.min(Math.floor(high), 1_000_000_000);
  const whole = fc.integer({ min, max: Math.max(min, max) });
  if (integer) return fc.oneof({ weight: 4, arbitrary: whole }, fc.constantFrom(min, max));
  // Money has at most two decimals.
  return fc.oneof(
    whole,
    whole.map((n) => Math.min(max, Math.max(min, n / 100))),
  );
}

function objectArbitrary(
  schema: JsonSchema,
  ctx: SchemaContext,
  depth: number,
): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const keys = Object.keys(properties);
  if (
    !keys.length &&
    schema.additionalProperties &&
    typeof schema.additionalProperties === 'object'
  ) {
    const value = schema.additionalProperties;
    const key = schema.propertyNames
      ? validValue(schema.propertyNames, ctx, undefined, depth + 1)
      : text(1, 12);
    return fc
      .array(fc.tuple(key, validValue(value, ctx, undefined, depth + 1)), { maxLength: 3 })
      .map((entries) => Object.fromEntries(entries.map(([k, v]) => [String(k), v])));
  }
  const model = Object.fromEntries(
    keys.map((key) => [key, validValue(properties[key]!, ctx, key, depth + 1)]),
  );
  return fc.record(model, { requiredKeys: (schema.required ?? []).filter((k) => k in model) });
}

/** An arbitrary of values the schema accepts (as far as its JSON Schema says). */
export function validValue(
  raw: JsonSchema,
  ctx: SchemaContext,
  name?: string,
  depth = 0,
): fc.Arbitrary<unknown> {
  const schema = ctx.resolve(raw);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) {
    const usable =
      depth >= MAX_DEPTH ? choices.filter((c) => ctx.resolve(c).type !== 'object') : choices;
    return fc.oneof(
      ...(usable.length ? usable : choices).map((c) => validValue(c, ctx, name, depth + 1)),
    );
  }
  if (schema.allOf) {
    const merged: JsonSchema = {};
    for (const part of schema.allOf) Object.assign(merged, ctx.resolve(part));
    return validValue(merged, ctx, name, depth + 1);
  }
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringArbitrary(schema, ctx, name);
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.min(schema.maxItems ?? minLength + 3, minLength + 3);
      if (depth >= MAX_DEPTH && minLength === 0) return fc.constant([]);
      return fc.array(validValue(schema.items ?? {}, ctx, name, depth + 1), {
        minLength,
        maxLength,
      });
    }
    case 'object':
      return objectArbitrary(schema, ctx, depth);
    default:
      if (schema.properties) return objectArbitrary(schema, ctx, depth);
      return fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
  }
}
