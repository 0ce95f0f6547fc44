import { ACTIVITY_TYPES } from '../../../../contract/activities.ts';
import type { TFunction } from 'i18next';
import type { DealHistoryItem } from '../api/types.ts';

const ACTIVITY_KINDS: readonly string[] = ACTIVITY_TYPES;
const FIELDS = [
  'title',
  'value',
  'currency',
  'companyId',
  'contactId',
  'ownerId',
  'expectedCloseDate',
];

/** "3 days", "5 hours", "12 minutes" or "under a minute": the largest whole unit, with plurals. */
export function stayDuration(seconds: number, t: TFunction): string {
  if (seconds >= 86_400) return t('history.duration.days', { count: Math.floor(seconds / 86_400) });
  if (seconds >= 3_600) return t('history.duration.hours', { count: Math.floor(seconds / 3_600) });
  if (seconds >= 60) return t('history.duration.minutes', { count: Math.floor(seconds / 60) });
  return t('history.duration.underMinute');
}

/** A planned or done activity in a deal's or a lead's history, as a sentence. */
export function activitySentence(
  item: { type: string; activity?: { type: string; subject: string | null } | null },
  actor: string,
  t: TFunction,
): string {
  const type = item.activity?.type ?? '';
  const kind = ACTIVITY_KINDS.includes(type) ? type : 'task';
  const subject = item.activity?.subject ?? '';
  return item.type === 'activity.created'
    ? t(`history.planned.${kind}`, { actor, subject })
    : t(`history.done.${kind}`, { actor, subject });
}

/** The label of a skipped criterion; the implicit "next activity" one is translated. */
export function unmetLabel(
  u: { criterionId: string | null; kind: string; label: string },
  t: TFunction,
) {
  return u.criterionId === null && u.kind === 'nextActivity' ? t('deal.implicitNext') : u.label;
}

const stageName = (s: { name: string | null } | null, t: TFunction) =>
  s?.name ?? t('history.removedStage');

/** One history item as a readable sentence in the active language. */
export function historySentence(item: DealHistoryItem, t: TFunction): string {
  const actor = item.actor?.name || t('history.system');
  switch (item.type) {
    case 'deal.created':
      return t('history.created', { actor, stage: stageName(item.stage, t) });
    case 'deal.stage_entered': {
      if (!item.fromStage) return t('history.entered', { actor, stage: stageName(item.stage, t) });
      const values = {
        actor,
        from: stageName(item.fromStage, t),
        to: stageName(item.toStage, t),
        duration: stayDuration(item.secondsInPreviousStage ?? 0, t),
      };
      return item.direction === 'backward'
        ? t('history.movedBack', values)
        : t('history.moved', values);
    }
    case 'deal.gate_overridden':
      return t('history.override', { actor, reason: item.override?.reason ?? '' });
    case 'deal.won':
      return t('history.won', { actor });
    case 'deal.lost':
      return t('history.lost', { actor, reason: item.lostReason?.name ?? '' });
    case 'deal.reopened':
      return item.previousStatus === 'won'
        ? t('history.reopenedWon', { actor })
        : t('history.reopenedLost', { actor });
    case 'deal.updated':
      return t('history.updated', {
        actor,
        fields: (item.changedFields ?? [])
          .map((f) => (FIELDS.includes(f) ? t(`history.field.${f}`) : f))
          .join(', '),
      });
    case 'lead.converted':
      return t('history.fromLead', { actor });
    case 'activity.created':
    case 'activity.completed':
      return activitySentence(item, actor, t);
    default:
      return t('history.other', { actor, type: item.type });
  }
}
