import { Badge, Button, Group, Loader, Table, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageState } from '../../../../kernel/web/components/page-state.tsx';
import { formatLocalDate } from '../../../../kernel/web/lib/format.ts';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { priceListsQuery } from '../api/price-lists-query.ts';
import { productsQuery } from '../api/products-query.ts';
import type { PriceList } from '../api/types.ts';
import { PriceListModal } from './price-list-modal.tsx';
import { useRetirePriceList } from './use-retire-price-list.ts';

/** The price lists: each in one currency, valid for a period, with a price per product. */
export function PriceListsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const lists = useQuery(priceListsQuery({}));
  const products = useQuery(productsQuery({}));
  const [editing, setEditing] = useState<PriceList | 'new' | null>(null);
  const toggle = useRetirePriceList();

  if (lists.isError || products.isError) return <PageState error={lists.error ?? products.error} />;
  if (lists.isPending || products.isPending) return <Loader size="sm" />;

  const day = (d: string) => formatLocalDate(d, i18n.language);
  const validity = (l: PriceList) =>
    l.validFrom && l.validTo
      ? t('catalogue.priceLists.between', { from: day(l.validFrom), to: day(l.validTo) })
      : l.validFrom
        ? t('catalogue.priceLists.fromOn', { from: day(l.validFrom) })
        : l.validTo
          ? t('catalogue.priceLists.until', { to: day(l.validTo) })
          : t('catalogue.priceLists.always');

  return (
    <>
      <Group justify="flex-end" mb="md">
        <Button onClick={() => setEditing('new')}>{t('catalogue.priceLists.new')}</Button>
      </Group>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" aria-label={t('catalogue.tabs.priceLists')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('catalogue.priceLists.name')}</Table.Th>
              <Table.Th>{t('catalogue.priceLists.currency')}</Table.Th>
              <Table.Th>{t('catalogue.priceLists.validity')}</Table.Th>
              <Table.Th>{t('catalogue.priceLists.pricesTitle')}</Table.Th>
              <Table.Th w={130}>{t('catalogue.priceLists.status')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('catalogue.priceLists.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lists.data.items.map((list) => (
              <Table.Tr key={list.id} style={{ opacity: list.active ? 1 : 0.55 }}>
                <Table.Td fw={500}>{list.name}</Table.Td>
                <Table.Td>{list.currency}</Table.Td>
                <Table.Td>{validity(list)}</Table.Td>
                <Table.Td>
                  {t('catalogue.priceLists.prices', { count: list.prices.length })}
                </Table.Td>
                <Table.Td>
                  <Badge color={list.active ? 'teal' : 'gray'} variant="light">
                    {list.active
                      ? t('catalogue.priceLists.active')
                      : t('catalogue.priceLists.retiredBadge')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => setEditing(list)}
                      aria-label={t('catalogue.priceLists.editNamed', { name: list.name })}
                    >
                      {t('common.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="light"
                      color={list.active ? 'red' : 'teal'}
                      loading={toggle.isPending && toggle.variables?.id === list.id}
                      onClick={() => toggle.mutate(list)}
                      aria-label={t(
                        list.active
                          ? 'catalogue.priceLists.retireNamed'
                          : 'catalogue.priceLists.reactivateNamed',
                        { name: list.name },
                      )}
                    >
                      {list.active
                        ? t('catalogue.priceLists.retire')
                        : t('catalogue.priceLists.reactivate')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {lists.data.items.length === 0 && (
        <Text c="dimmed" size="sm" mt="sm">
          {t('catalogue.priceLists.none')}
        </Text>
      )}
      {editing && (
        <PriceListModal
          key={editing === 'new' ? 'new' : editing.version}
          list={editing === 'new' ? undefined : editing}
          products={products.data.items}
          currency={me.workspace.currency}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
