// The generator's view of the world: the document's `$ref`s and the pool's ids.
import fc from 'fast-check';
import { kindOfField, type IdPool } from './id-pool.ts';
import type { OpenApiDocument } from './openapi-operations.ts';
import type { GeneratorContext } from './request-generator.ts';

export function fuzzContext(document: OpenApiDocument, pool: IdPool): GeneratorContext {
  return {
    resolve: (schema) => document.resolve(schema),
    idFor: (name) => {
      const ids = pool.own(name ? kindOfField(name) : null);
      // Mostly an id of the right kind; now and then one of nothing.
      return ids.length
        ? fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...ids) }, fc.uuid())
        : fc.uuid();
    },
    foreignIds: pool.foreign(),
    ownIds: pool.own(null),
  };
}
