import { Skeleton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { companyQuery } from '../api/company-query.ts';
import { AnchorLink } from '../../../../kernel/web/components/anchor-link.tsx';

/** A company's name linking to its page (loaded once per company and cached). */
export function CompanyName({ id }: { id: string }) {
  const company = useQuery(companyQuery(id));
  if (company.isPending) return <Skeleton height={12} width={120} />;
  if (!company.data) return null;
  return (
    <AnchorLink to="/companies/$companyId" params={{ companyId: id }}>
      {company.data.name}
    </AnchorLink>
  );
}
