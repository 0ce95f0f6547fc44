import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../../../kernel/web/data/use-api-mutation.ts';
import { savePriceList } from '../api/save-price-list.ts';
import type { PriceList } from '../api/types.ts';
import { priceListKeys } from '../keys.ts';

/** Retires a price list (it prices nothing any more) or brings it back. */
export function useRetirePriceList() {
  const { t } = useTranslation();
  return useApiMutation<PriceList, PriceList>({
    mutationFn: (list) => savePriceList(list, { active: !list.active }),
    invalidates: () => [priceListKeys.lists],
    conflictRefetch: () => [priceListKeys.all],
    done: (saved) =>
      t(saved.active ? 'catalogue.priceLists.reactivated' : 'catalogue.priceLists.retired', {
        name: saved.name,
      }),
  });
}
