import { Skeleton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { companyQuery } from '../api/company-query.ts';
import { AnchorLink } from '../../../../kernel/web/components/anchor-link.tsx';

interface Props {
  id: string;
  /**
   * The name when the caller already has it (a board card, from the deals list): then nothing
   * is requested. Null: the reader may not see the company, so nothing is shown. Absent: the
   * company is loaded (once per company, cached).
   */
  name?: string | null;
}

/** A company's name linking to its page. */
export function CompanyName({ id, name }: Props) {
  const company = useQuery({ ...companyQuery(id), enabled: name === undefined });
  const shown = name === undefined ? company.data?.name : name;
  if (name === undefined && company.isPending) return <Skeleton height={12} width={120} />;
  if (!shown) return null;
  return (
    <AnchorLink to="/companies/$companyId" params={{ companyId: id }}>
      {shown}
    </AnchorLink>
  );
}
