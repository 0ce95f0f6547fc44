import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProcessGroup } from '../api/types.ts';
import { eventKey } from './event-types.ts';

/** "weekly" for a standing group, "⚡ on new qualified lead" for a triggered one. */
export function ModeBadge({ group, size = 'xs' }: { group: ProcessGroup; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  if (group.mode === 'triggered') {
    return (
      <Badge
        size={size}
        variant="light"
        color="orange"
        tt="none"
        style={{ flexShrink: 0, maxWidth: '100%' }}
      >
        {group.trigger
          ? t('map.mode.on', { event: t(eventKey(group.trigger)) })
          : t('map.mode.triggered')}
      </Badge>
    );
  }
  return (
    <Badge size={size} variant="light" color="indigo" tt="none" style={{ flexShrink: 0 }}>
      {group.cadence ? t(`map.cadence.${group.cadence}`) : t('map.mode.standing')}
    </Badge>
  );
}
