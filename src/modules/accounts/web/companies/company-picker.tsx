import { useTranslation } from 'react-i18next';
import { companyListQuery } from '../api/company-list-query.ts';
import { companyQuery } from '../api/company-query.ts';
import { RecordSelect, type RecordSelectProps } from '../record-select.tsx';

const matching = (q: string) => companyListQuery(q, 20);

/** A searchable company select; the search runs on the server (`GET /companies?q=`). */
export function CompanyPicker(props: RecordSelectProps) {
  const { t } = useTranslation();
  return (
    <RecordSelect
      {...props}
      placeholder={t('contacts.pickCompany')}
      one={companyQuery}
      matching={matching}
    />
  );
}
