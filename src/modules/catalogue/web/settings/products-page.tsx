import {
  Badge,
  Button,
  Group,
  Loader,
  SegmentedControl,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageState } from '../../../../kernel/web/components/page-state.tsx';
import { productsQuery, type ProductFilter } from '../api/products-query.ts';
import type { Product } from '../api/types.ts';
import { ProductModal } from './product-modal.tsx';
import { useRetireProduct } from './use-retire-product.ts';

type Show = 'all' | 'active' | 'retired';

/** The catalogue: search, add, edit, retire (kept on the deals that have it) and bring back. */
export function ProductsPage() {
  const { t } = useTranslation();
  const [show, setShow] = useState<Show>('all');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [editing, setEditing] = useState<Product | 'new' | null>(null);
  const filter: ProductFilter = {
    ...(show === 'all' ? {} : { active: show === 'active' ? 'true' : 'false' }),
    ...(q ? { q } : {}),
  };
  const products = useQuery({ ...productsQuery(filter), placeholderData: keepPreviousData });
  const toggle = useRetireProduct();

  if (products.isError) return <PageState error={products.error} />;
  if (products.isPending) return <Loader size="sm" />;
  const items = products.data.items;

  return (
    <>
      <Group justify="space-between" mb="md" wrap="wrap">
        <Group wrap="wrap">
          <TextInput
            aria-label={t('catalogue.products.search')}
            placeholder={t('catalogue.products.search')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
          <SegmentedControl
            aria-label={t('catalogue.products.filter')}
            value={show}
            onChange={(v) => setShow(v as Show)}
            data={[
              { value: 'all', label: t('catalogue.products.all') },
              { value: 'active', label: t('catalogue.products.activeOnly') },
              { value: 'retired', label: t('catalogue.products.retiredOnly') },
            ]}
          />
        </Group>
        <Button onClick={() => setEditing('new')}>{t('catalogue.products.new')}</Button>
      </Group>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" aria-label={t('catalogue.tabs.products')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('catalogue.products.name')}</Table.Th>
              <Table.Th>{t('catalogue.products.sku')}</Table.Th>
              <Table.Th>{t('catalogue.products.unit')}</Table.Th>
              <Table.Th>{t('catalogue.products.category')}</Table.Th>
              <Table.Th w={150}>{t('catalogue.products.status')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('catalogue.products.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((product) => (
              <Table.Tr key={product.id} style={{ opacity: product.active ? 1 : 0.55 }}>
                <Table.Td fw={500}>{product.name}</Table.Td>
                <Table.Td>{product.sku}</Table.Td>
                <Table.Td>{product.unit}</Table.Td>
                <Table.Td>{product.category}</Table.Td>
                <Table.Td>
                  <Badge color={product.active ? 'teal' : 'gray'} variant="light">
                    {product.active
                      ? t('catalogue.products.active')
                      : t('catalogue.products.retiredBadge')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => setEditing(product)}
                      aria-label={t('catalogue.products.editNamed', { name: product.name })}
                    >
                      {t('common.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="light"
                      color={product.active ? 'red' : 'teal'}
                      loading={toggle.isPending && toggle.variables?.id === product.id}
                      onClick={() => toggle.mutate(product)}
                      aria-label={t(
                        product.active
                          ? 'catalogue.products.retireNamed'
                          : 'catalogue.products.reactivateNamed',
                        { name: product.name },
                      )}
                    >
                      {product.active
                        ? t('catalogue.products.retire')
                        : t('catalogue.products.reactivate')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {items.length === 0 && (
        <Text c="dimmed" size="sm" mt="sm">
          {t('catalogue.products.none')}
        </Text>
      )}
      <Text size="sm" c="dimmed" mt="sm">
        {products.data.nextCursor
          ? t('catalogue.products.firstOnly')
          : t('catalogue.products.count', { count: items.length })}
      </Text>
      {editing && (
        <ProductModal
          key={editing === 'new' ? 'new' : editing.version}
          product={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
