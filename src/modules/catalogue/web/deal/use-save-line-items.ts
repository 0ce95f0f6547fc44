import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../../../kernel/web/data/use-api-mutation.ts';
import { dealChangeKeys, staleDealKeys, storeDeal } from '../../../conveyor/web/index.ts';
import { setDealLineItems, type LineItemsBody } from '../api/set-deal-line-items.ts';
import type { DealWithLineItems } from '../api/types.ts';
import { lineItemKeys } from '../keys.ts';

/**
 * Saves a deal's line items: the answer is the deal with its new value, put into the card, the
 * board and the line items at once; the column totals, history and My day are refetched.
 */
export function useSaveLineItems(deal: DealWithLineItems) {
  const { t } = useTranslation();
  return useApiMutation<LineItemsBody, DealWithLineItems>({
    mutationFn: (body) => setDealLineItems(deal, body),
    apply: (queryClient, saved) => {
      queryClient.setQueryData(lineItemKeys.atVersion(saved.id, saved.version), saved);
      const {
        lineItems: _items,
        lineItemsTotal: _total,
        valueFromProducts: _from,
        ...plain
      } = saved;
      storeDeal(queryClient, plain);
    },
    invalidates: (saved) => dealChangeKeys(saved),
    conflictRefetch: () => [...staleDealKeys(deal), lineItemKeys.ofDeal(deal.id)],
    done: () => t('catalogue.deal.saved'),
  });
}
