/**
 * The JSON body an operation of the generated schema takes, e.g.
 * `RequestBody<paths['/api/v1/deals']['post']>`: request types come from the schema, never by hand.
 */
export type RequestBody<Operation> = Operation extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;
