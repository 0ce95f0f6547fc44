import { api, type RequestBody, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { Product } from './types.ts';

export type NewProduct = RequestBody<'/api/v1/products', 'post'>;

/** `POST /products`. */
export function createProduct(body: NewProduct): Promise<Product> {
  return unwrap(api.POST('/api/v1/products', { body }));
}
