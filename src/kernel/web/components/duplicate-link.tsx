import { useTranslation } from 'react-i18next';
import type { Problem } from '../lib/problem.ts';
import { AnchorLink } from './anchor-link.tsx';

type Existing = NonNullable<Problem['existing']>;

const MESSAGE: Record<string, string> = {
  company: 'errors.duplicateCompany',
  contact: 'errors.duplicateContact',
  user: 'errors.duplicateUser',
};

/** "Already used by <existing record>", linking to the record that holds the value. */
export function DuplicateLink({ existing }: { existing: Existing }) {
  const { t } = useTranslation();
  const link =
    existing.kind === 'company' ? (
      <AnchorLink to="/companies/$companyId" params={{ companyId: existing.id }} inherit>
        {existing.name}
      </AnchorLink>
    ) : existing.kind === 'contact' ? (
      <AnchorLink to="/contacts/$contactId" params={{ contactId: existing.id }} inherit>
        {existing.name}
      </AnchorLink>
    ) : (
      existing.name
    );
  return (
    <span>
      {t(MESSAGE[existing.kind] ?? 'errors.duplicate')} {link}
    </span>
  );
}
