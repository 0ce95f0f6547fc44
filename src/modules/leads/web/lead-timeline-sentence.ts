import type { TFunction } from 'i18next';
import { activitySentence, stayDuration } from '../../conveyor/web/index.ts';
import type { LeadHistoryItem } from './api/types.ts';
import { mediumText } from '../../../kernel/web/lib/source-text.ts';

function sourceOf(item: LeadHistoryItem, t: TFunction): string {
  const s = item.source;
  if (!s) return '';
  const channel =
    s.channel === 'inbound' || s.channel === 'outbound' ? t(`leads.channel.${s.channel}`) : '';
  return [channel, s.medium && mediumText(s.medium, t), s.campaign].filter(Boolean).join(' · ');
}

/** One timeline item of a lead as a readable sentence in the active language. */
export function leadTimelineSentence(item: LeadHistoryItem, t: TFunction): string {
  const actor = item.actor?.name || t('history.system');
  switch (item.type) {
    case 'lead.created': {
      const source = sourceOf(item, t);
      const o = item.origin;
      if (o?.formId) return t('leads.timeline.fromForm', { form: o.formName ?? '—', source });
      if (o?.callId) return t('leads.timeline.fromCall', { source });
      if (o?.importId) return t('leads.timeline.imported', { actor, source });
      return t('leads.timeline.created', { actor, source });
    }
    case 'lead.contacted': {
      const duration = stayDuration(item.secondsToFirstContact ?? 0, t);
      return item.contactedBy
        ? t('leads.timeline.contactedBy', {
            actor,
            duration,
            kind: t(`activityTypes.${item.contactedBy}`),
          })
        : t('leads.timeline.contacted', { actor, duration });
    }
    case 'lead.assigned':
      return assignmentSentence(item, actor, t);
    case 'lead.replied':
      return t('leads.timeline.replied', { actor });
    case 'lead.mql':
      return t('leads.timeline.mql', { actor });
    case 'lead.sql':
      return t('leads.timeline.sql', { actor });
    case 'lead.disqualified':
      return t('leads.timeline.disqualified', { actor, reason: item.reason ?? '' });
    case 'lead.converted':
      return t('leads.timeline.converted', { actor });
    case 'call.answered':
      return t('leads.timeline.callAnswered', {
        duration: stayDuration(item.call?.durationSeconds ?? 0, t),
      });
    case 'call.missed':
      return t('leads.timeline.callMissed');
    case 'activity.created':
    case 'activity.completed':
      return activitySentence(item, actor, t);
    default:
      return t('history.other', { actor, type: item.type });
  }
}

/** Who got the lead, from whom and how (a user who is gone reads as a dash). */
function assignmentSentence(item: LeadHistoryItem, actor: string, t: TFunction): string {
  const a = item.assignment;
  const from = a?.from ? (a.from.name ?? '—') : null;
  const to = a?.to ? (a.to.name ?? '—') : null;
  if (!to) return t('leads.timeline.unassigned', { actor, from: from ?? '—' });
  if (a?.how === 'routing') return t('leads.timeline.assignedRouting', { to });
  if (a?.how === 'queue') return t('leads.timeline.assignedQueue', { to });
  return from
    ? t('leads.timeline.reassigned', { actor, from, to })
    : t('leads.timeline.assigned', { actor, to });
}
