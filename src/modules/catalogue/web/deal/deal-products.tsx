import {
  ActionIcon,
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealSectionProps } from '../../../../kernel/web/app/deal-sections.tsx';
import { formatMoney } from '../../../../kernel/web/lib/format.ts';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { dealLineItemsQuery } from '../api/deal-line-items-query.ts';
import { priceListsQuery } from '../api/price-lists-query.ts';
import { productsQuery } from '../api/products-query.ts';
import type { DealWithLineItems, PriceList, Product } from '../api/types.ts';
import { lineAmount, linesTotal, priceToday, todayIn } from './price-today.ts';
import { useSaveLineItems } from './use-save-line-items.ts';

interface Row {
  productId: string;
  name: string;
  quantity: number | string;
  unitPrice: number | string;
  discountPercent: number | string;
}

const num = (v: number | string) => (typeof v === 'number' ? v : Number.NaN);

/** The deal card's "Products": its line items, edited in place, with the live total. */
export function DealProducts({ dealId, version, editable }: DealSectionProps) {
  const items = useQuery(dealLineItemsQuery(dealId, version));
  if (!items.data) return null;
  // A new version of the deal (saved here or elsewhere) starts the rows again from the server.
  return <ProductsEditor key={items.data.version} deal={items.data} editable={editable} />;
}

function ProductsEditor({ deal, editable }: { deal: DealWithLineItems; editable: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const products = useQuery({ ...productsQuery({ active: 'true' }), enabled: editable });
  const lists = useQuery({
    ...priceListsQuery({ active: 'true', currency: deal.currency }),
    enabled: editable,
  });
  const initial = (): Row[] =>
    deal.lineItems.map((i) => ({
      productId: i.productId,
      name: i.productName,
      quantity: i.quantity,
      unitPrice: i.unitPrice,
      discountPercent: i.discountPercent,
    }));
  const [rows, setRows] = useState<Row[]>(initial);
  const [picking, setPicking] = useState<string | null>(null);
  const save = useSaveLineItems(deal);
  const money = (v: number) => formatMoney(v, deal.currency, me.workspace.locale);

  const complete = rows.every(
    (r) => num(r.quantity) > 0 && num(r.unitPrice) >= 0 && num(r.discountPercent) >= 0,
  );
  const total = linesTotal(
    rows.map((r) => ({
      quantity: num(r.quantity) || 0,
      unitPrice: num(r.unitPrice) || 0,
      discountPercent: num(r.discountPercent) || 0,
    })),
  );
  const changed = JSON.stringify(rows) !== JSON.stringify(initial());
  const update = (i: number, patch: Partial<Row>) =>
    setRows((old) => old.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const add = (product: Product | undefined, priceLists: readonly PriceList[]) => {
    if (!product) return;
    const price = priceToday(priceLists, product.id, deal.currency, todayIn(me.workspace.timezone));
    setRows((old) => [
      ...old,
      {
        productId: product.id,
        name: product.name,
        quantity: 1,
        unitPrice: price ?? '',
        discountPercent: 0,
      },
    ]);
    setPicking(null);
  };
  const body = (useTotalAsValue?: boolean) => ({
    items: rows.map((r) => ({
      productId: r.productId,
      quantity: num(r.quantity),
      unitPrice: num(r.unitPrice),
      discountPercent: num(r.discountPercent),
    })),
    ...(useTotalAsValue ? { useTotalAsValue } : {}),
  });

  const onDeal = new Set(rows.map((r) => r.productId));
  const offered = (products.data?.items ?? [])
    .filter((p) => !onDeal.has(p.id))
    .map((p) => ({ value: p.id, label: p.name }));

  return (
    <Paper
      withBorder
      p="md"
      mt="lg"
      radius="md"
      component="section"
      aria-label={t('catalogue.deal.title')}
    >
      <Title order={4} mb="sm">
        {t('catalogue.deal.title')}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('catalogue.deal.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('catalogue.deal.product')}</Table.Th>
                <Table.Th w={110}>{t('catalogue.deal.quantity')}</Table.Th>
                <Table.Th w={140}>{t('catalogue.deal.unitPrice')}</Table.Th>
                <Table.Th w={110}>{t('catalogue.deal.discount')}</Table.Th>
                <Table.Th ta="right">{t('catalogue.deal.amount')}</Table.Th>
                {editable && <Table.Th w={40} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, i) => (
                <Table.Tr key={row.productId}>
                  <Table.Td>{row.name}</Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={`${t('catalogue.deal.quantity')}: ${row.name}`}
                      size="xs"
                      min={0}
                      decimalScale={3}
                      readOnly={!editable}
                      value={row.quantity}
                      onChange={(v) => update(i, { quantity: v })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={`${t('catalogue.deal.unitPrice')}: ${row.name}`}
                      size="xs"
                      min={0}
                      decimalScale={2}
                      readOnly={!editable}
                      value={row.unitPrice}
                      error={row.unitPrice === '' ? t('catalogue.deal.noPrice') : undefined}
                      onChange={(v) => update(i, { unitPrice: v })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={`${t('catalogue.deal.discount')}: ${row.name}`}
                      size="xs"
                      min={0}
                      max={100}
                      decimalScale={2}
                      readOnly={!editable}
                      value={row.discountPercent}
                      onChange={(v) => update(i, { discountPercent: v })}
                    />
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(
                      lineAmount(
                        num(row.quantity) || 0,
                        num(row.unitPrice) || 0,
                        num(row.discountPercent) || 0,
                      ),
                    )}
                  </Table.Td>
                  {editable && (
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('catalogue.deal.removeNamed', { name: row.name })}
                        onClick={() => setRows((old) => old.filter((_, j) => j !== i))}
                      >
                        ✕
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group justify="space-between" mt="sm" wrap="wrap">
        {editable ? (
          <Select
            aria-label={t('catalogue.deal.add')}
            placeholder={t('catalogue.deal.pick')}
            data={offered}
            searchable
            value={picking}
            onChange={(id) =>
              add(
                products.data?.items.find((p) => p.id === id),
                lists.data?.items ?? [],
              )
            }
            w={260}
          />
        ) : (
          <span />
        )}
        <Text fw={600} aria-live="polite">
          {t('catalogue.deal.total')}: {money(total)}
        </Text>
      </Group>
      {deal.lineItems.length > 0 && !changed && (
        <Text size="sm" c="dimmed" mt="xs">
          {deal.valueFromProducts
            ? t('catalogue.deal.fromProducts')
            : t('catalogue.deal.byHand', {
                value: deal.value === null ? '—' : money(deal.value),
              })}
        </Text>
      )}
      {editable && (changed || (!deal.valueFromProducts && deal.lineItems.length > 0)) && (
        <Group mt="sm" gap="xs">
          {changed && (
            <Button
              size="xs"
              loading={save.isPending}
              disabled={!complete}
              onClick={() => save.mutate(body())}
            >
              {t('catalogue.deal.save')}
            </Button>
          )}
          {changed && (
            <Button size="xs" variant="default" onClick={() => setRows(initial())}>
              {t('catalogue.deal.reset')}
            </Button>
          )}
          {!deal.valueFromProducts && deal.lineItems.length > 0 && (
            <Button
              size="xs"
              variant="light"
              loading={save.isPending}
              disabled={!complete}
              onClick={() => save.mutate(body(true))}
            >
              {t('catalogue.deal.useTotal')}
            </Button>
          )}
        </Group>
      )}
      {!editable && deal.status === 'open' && rows.length > 0 && (
        <Alert variant="light" color="gray" mt="sm" p="xs">
          <Text size="xs">{t('catalogue.deal.readOnly')}</Text>
        </Alert>
      )}
    </Paper>
  );
}
