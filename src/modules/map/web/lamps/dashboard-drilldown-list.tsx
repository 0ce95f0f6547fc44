import { DRILLDOWN_KINDS } from '../../../../contract/map.ts';
import { Alert, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../../kernel/web/components/anchor-link.tsx';
import { formatDateTime } from '../../../../kernel/web/lib/format.ts';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { drilldownQuery } from '../api/drilldown-query.ts';
import type { DrilldownItem } from '../api/types.ts';
import { allUsersQuery } from '../../../identity/web/index.ts';

/** The drill-down's sections: the deals' side (deals, then their activities) first, leads last. */
const KINDS = [...DRILLDOWN_KINDS].sort((a, b) => Number(a === 'lead') - Number(b === 'lead'));

/** The deals, activities and leads a lamp counted in a week, each leading to its deal. */
export function DrilldownList({
  lampId,
  week,
  ratio,
  empty,
}: {
  lampId: string;
  week: string;
  ratio: boolean;
  /** What to say when nothing is listed. */
  empty: string;
}) {
  const { t } = useTranslation();
  const drilldown = useQuery(drilldownQuery(lampId, week));
  // Fresh: the owner may have joined since the list was last loaded.
  const users = useQuery({ ...allUsersQuery, staleTime: 0 });
  const names = new Map((users.data ?? []).map((u) => [u.id, u.name]));

  if (drilldown.isPending) return <Loader size="sm" />;
  if (drilldown.isError) return <Alert color="red">{t('errors.loadFailed')}</Alert>;
  const { items, truncated } = drilldown.data;
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }

  return (
    <Stack gap="md">
      {ratio && (
        <Text size="xs" c="dimmed">
          {t('dashboard.ratioNote')}
        </Text>
      )}
      {truncated && (
        <Text size="sm" c="orange.8">
          {t('dashboard.truncated', { count: items.length })}
        </Text>
      )}
      {KINDS.map((kind) => {
        const ofKind = items.filter((item) => item.kind === kind);
        if (ofKind.length === 0) return null;
        const heading = t(`dashboard.kinds.${kind}`, { count: ofKind.length });
        return (
          <Stack key={kind} gap={6} component="section" aria-label={heading}>
            <Title order={5} size="sm" c="dimmed">
              {heading}
            </Title>
            <List spacing={6} listStyleType="none" ml={0} pl={0}>
              {ofKind.map((item) => (
                <List.Item key={`${item.kind}-${item.id}`}>
                  <Item item={item} owner={item.ownerId ? names.get(item.ownerId) : undefined} />
                </List.Item>
              ))}
            </List>
          </Stack>
        );
      })}
    </Stack>
  );
}

function Item({ item, owner }: { item: DrilldownItem; owner: string | undefined }) {
  const { i18n } = useTranslation();
  const me = useMe();
  const dealId = item.kind === 'deal' ? (item.dealId ?? item.id) : item.dealId;
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap">
      {dealId ? (
        <AnchorLink to="/deals/$dealId" params={{ dealId }} size="sm" lineClamp={1}>
          {item.title}
        </AnchorLink>
      ) : (
        <Text size="sm" lineClamp={1}>
          {item.title}
        </Text>
      )}
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {[owner, item.at ? formatDateTime(item.at, i18n.language, me.workspace.timezone) : null]
          .filter(Boolean)
          .join(' · ')}
      </Text>
    </Group>
  );
}
