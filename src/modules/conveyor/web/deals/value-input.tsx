import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A deal's value: not negative, to the cent. */
export function ValueInput(props: NumberInputProps) {
  const { t } = useTranslation();
  return <NumberInput label={t('fields.value')} min={0} decimalScale={2} {...props} />;
}
