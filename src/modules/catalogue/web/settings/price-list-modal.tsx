import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../../kernel/web/components/date-field.tsx';
import { LeadingField } from '../../../../kernel/web/components/leading-field.tsx';
import { ModalForm } from '../../../../kernel/web/components/modal-form.tsx';
import { useSaveRecord } from '../../../../kernel/web/components/use-save-record.ts';
import { createPriceList } from '../api/create-price-list.ts';
import { savePriceList } from '../api/save-price-list.ts';
import type { PriceList, Product } from '../api/types.ts';
import { priceListKeys } from '../keys.ts';

const FIELDS = ['name', 'currency', 'validFrom', 'validTo', 'prices'] as const;

interface Props {
  list?: PriceList;
  /** The products a price may be given for (retired ones only if the list has them). */
  products: Product[];
  /** The workspace's currency: a new list's default. */
  currency: string;
  onClose: () => void;
}

interface PriceRow {
  productId: string | null;
  unitPrice: number | string;
}

/** Adds or edits a price list: its currency, validity and a price per product. */
export function PriceListModal({ list, products, currency, onClose }: Props) {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      name: list?.name ?? '',
      currency: list?.currency ?? currency,
      validFrom: list?.validFrom ?? '',
      validTo: list?.validTo ?? '',
      prices: (list?.prices ?? []).map((p): PriceRow => ({
        productId: p.productId,
        unitPrice: p.unitPrice,
      })),
    },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      currency: (v) =>
        /^[A-Z]{3}$/.test(v.trim().toUpperCase()) ? null : t('validation.required'),
    },
  });
  const save = useSaveRecord({
    kind: priceListKeys.all[0],
    record: list,
    form,
    fields: FIELDS,
    save: (values: typeof form.values) => {
      const body = {
        name: values.name.trim(),
        currency: values.currency.trim().toUpperCase(),
        validFrom: values.validFrom || null,
        validTo: values.validTo || null,
        // A row without a product or a price is left out, not refused.
        prices: values.prices.flatMap((p) =>
          p.productId && typeof p.unitPrice === 'number'
            ? [{ productId: p.productId, unitPrice: p.unitPrice }]
            : [],
        ),
      };
      return list ? savePriceList(list, body) : createPriceList(body);
    },
    savedMessage: (saved) => t('catalogue.priceLists.saved', { name: saved.name }),
    onClose,
  });

  const chosen = new Set(form.values.prices.map((p) => p.productId));
  const options = (current: string | null) =>
    products
      .filter((p) => p.active || p.id === current)
      .filter((p) => p.id === current || !chosen.has(p.id))
      .map((p) => ({ value: p.id, label: p.name }));
  const nameOf = (id: string | null) => products.find((p) => p.id === id)?.name ?? '';

  return (
    <ModalForm
      title={list ? t('catalogue.priceLists.editTitle') : t('catalogue.priceLists.newTitle')}
      size="lg"
      onClose={onClose}
      submitLabel={list ? t('common.save') : t('common.create')}
      form={form}
      save={save}
    >
      <LeadingField label={t('catalogue.priceLists.name')} {...form.getInputProps('name')} />
      <TextInput
        label={t('catalogue.priceLists.currency')}
        maxLength={3}
        w={120}
        {...form.getInputProps('currency')}
      />
      <Group grow align="flex-start">
        <DateField
          label={t('catalogue.priceLists.validFrom')}
          description={t('catalogue.priceLists.validFromHint')}
          value={form.values.validFrom}
          onChange={(v) => form.setFieldValue('validFrom', v)}
          error={form.errors.validFrom}
        />
        <DateField
          label={t('catalogue.priceLists.validTo')}
          description={t('catalogue.priceLists.validToHint')}
          min={form.values.validFrom || undefined}
          value={form.values.validTo}
          onChange={(v) => form.setFieldValue('validTo', v)}
          error={form.errors.validTo}
        />
      </Group>
      <Stack gap="xs">
        <Text fw={500} size="sm">
          {t('catalogue.priceLists.pricesTitle')}
        </Text>
        {products.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('catalogue.priceLists.noProducts')}
          </Text>
        )}
        {form.values.prices.length === 0 && products.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('catalogue.priceLists.noPrices')}
          </Text>
        )}
        {form.values.prices.map((row, i) => (
          <Group key={i} align="flex-end" wrap="nowrap">
            <Select
              style={{ flex: 1 }}
              label={t('catalogue.priceLists.product')}
              data={options(row.productId)}
              searchable
              {...form.getInputProps(`prices.${i}.productId`)}
            />
            <NumberInput
              w={160}
              label={t('catalogue.priceLists.unitPrice')}
              min={0}
              decimalScale={2}
              {...form.getInputProps(`prices.${i}.unitPrice`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mb={4}
              aria-label={t('catalogue.priceLists.removePriceNamed', {
                name: nameOf(row.productId),
              })}
              onClick={() => form.removeListItem('prices', i)}
            >
              ✕
            </ActionIcon>
          </Group>
        ))}
        {products.length > 0 && (
          <Button
            variant="light"
            size="xs"
            w="fit-content"
            onClick={() => form.insertListItem('prices', { productId: null, unitPrice: '' })}
          >
            {t('catalogue.priceLists.addPrice')}
          </Button>
        )}
      </Stack>
    </ModalForm>
  );
}
