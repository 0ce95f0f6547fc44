import { useTranslation } from 'react-i18next';
import { contactListQuery } from '../api/contact-list-query.ts';
import { contactQuery } from '../api/contact-query.ts';
import { RecordSelect, type RecordSelectProps } from '../record-select.tsx';

const matching = (q: string) => contactListQuery({ q }, 20);

/** A searchable contact select; the search runs on the server (`GET /contacts?q=`). */
export function ContactPicker(props: RecordSelectProps) {
  const { t } = useTranslation();
  return (
    <RecordSelect
      {...props}
      placeholder={t('contacts.pickContact')}
      one={contactQuery}
      matching={matching}
    />
  );
}
