import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { LeadingField } from '../../../../kernel/web/components/leading-field.tsx';
import { ModalForm } from '../../../../kernel/web/components/modal-form.tsx';
import { useSaveRecord } from '../../../../kernel/web/components/use-save-record.ts';
import { createProduct } from '../api/create-product.ts';
import { saveProduct } from '../api/save-product.ts';
import type { Product } from '../api/types.ts';
import { productKeys } from '../keys.ts';

const FIELDS = ['name', 'sku', 'unit', 'category'] as const;

/** Adds or edits a product: its name, SKU, unit and category. */
export function ProductModal({ product, onClose }: { product?: Product; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      name: product?.name ?? '',
      sku: product?.sku ?? '',
      unit: product?.unit ?? '',
      category: product?.category ?? '',
    },
    validate: { name: (v) => (v.trim() ? null : t('validation.required')) },
  });
  const save = useSaveRecord({
    kind: productKeys.all[0],
    record: product,
    form,
    fields: FIELDS,
    save: (values: typeof form.values) => {
      // Empty optional fields are cleared (the API turns "" into null).
      const body = { ...values, name: values.name.trim() };
      return product ? saveProduct(product, body) : createProduct(body);
    },
    savedMessage: (saved) => t('catalogue.products.saved', { name: saved.name }),
    onClose,
  });
  return (
    <ModalForm
      title={product ? t('catalogue.products.editTitle') : t('catalogue.products.newTitle')}
      onClose={onClose}
      submitLabel={product ? t('common.save') : t('common.create')}
      form={form}
      save={save}
    >
      <LeadingField label={t('catalogue.products.name')} {...form.getInputProps('name')} />
      <TextInput label={t('catalogue.products.sku')} {...form.getInputProps('sku')} />
      <TextInput
        label={t('catalogue.products.unit')}
        description={t('catalogue.products.unitHint')}
        {...form.getInputProps('unit')}
      />
      <TextInput label={t('catalogue.products.category')} {...form.getInputProps('category')} />
    </ModalForm>
  );
}
