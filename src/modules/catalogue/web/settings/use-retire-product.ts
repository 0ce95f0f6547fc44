import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../../../kernel/web/data/use-api-mutation.ts';
import { saveProduct } from '../api/save-product.ts';
import type { Product } from '../api/types.ts';
import { productKeys } from '../keys.ts';

/** Retires a product (it stays on the deals that have it) or brings it back. */
export function useRetireProduct() {
  const { t } = useTranslation();
  return useApiMutation<Product, Product>({
    mutationFn: (product) => saveProduct(product, { active: !product.active }),
    invalidates: () => [productKeys.lists],
    conflictRefetch: () => [productKeys.all],
    done: (saved) =>
      t(saved.active ? 'catalogue.products.reactivated' : 'catalogue.products.retired', {
        name: saved.name,
      }),
  });
}
