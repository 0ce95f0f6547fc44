import { api, type RequestBody, unwrap, versioned } from '../../../../kernel/web/lib/api-client.ts';
import type { Product } from './types.ts';

export type ProductChanges = RequestBody<'/api/v1/products/{id}', 'patch'>;

/** `PATCH /products/{id}` with `If-Match`: edits, retires or brings back a product. */
export function saveProduct(product: Product, body: ProductChanges): Promise<Product> {
  return unwrap(api.PATCH('/api/v1/products/{id}', { ...versioned(product), body }));
}
