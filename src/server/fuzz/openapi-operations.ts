// The operations of the committed openapi.json, as the fuzzer needs them: method, path, the
// parameters' and the body's JSON Schemas, with `$ref`s resolved against the document.
import { readFileSync } from 'node:fs';

/** The subset of JSON Schema (OpenAPI 3.1) that zod's generated document uses. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  default?: unknown;
  $ref?: string;
}

export interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

export interface Operation {
  operationId: string;
  method: string;
  /** The OpenAPI path, e.g. `/api/v1/deals/{id}/move`. */
  path: string;
  parameters: Parameter[];
  body: JsonSchema | null;
}

interface Document {
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        parameters?: Parameter[];
        requestBody?: { content: Record<string, { schema: JsonSchema }> };
      }
    >
  >;
  components?: { schemas?: Record<string, JsonSchema> };
}

const DOCUMENT_FILE = new URL('../../../openapi.json', import.meta.url);

export class OpenApiDocument {
  private constructor(private readonly document: Document) {}

  static load(): OpenApiDocument {
    return new OpenApiDocument(JSON.parse(readFileSync(DOCUMENT_FILE, 'utf8')) as Document);
  }

  /** The schema itself, or the component a `$ref` names (followed until it is not a `$ref`). */
  resolve(schema: JsonSchema): JsonSchema {
    let current = schema;
    for (let hops = 0; current.$ref && hops < 20; hops++) {
      const name = current.$ref.replace('#/components/schemas/', '');
      const target = this.document.components?.schemas?.[name];
      if (!target) throw new Error(`Unresolved $ref ${current.$ref}`);
      current = target;
    }
    return current;
  }

  operations(): Operation[] {
    return Object.entries(this.document.paths).flatMap(([path, byMethod]) =>
      Object.entries(byMethod).map(([method, op]) => ({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content['application/json']?.schema ?? null,
      })),
    );
  }
}
