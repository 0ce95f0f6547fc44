import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  value: string;
  onChange: (value: string) => void;
}

/** The optional comment a deal is won or lost with (shown in its history). */
export function CommentField({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Textarea
      label={t('lose.comment')}
      autosize
      minRows={2}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}
