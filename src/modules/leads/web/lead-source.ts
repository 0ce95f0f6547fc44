import type { TFunction } from 'i18next';
import type { Lead } from './api/types.ts';

/** "Inbound · web_form · spring": the channel translated, medium and campaign as recorded. */
export function sourceText(source: Lead['source'], t: TFunction): string {
  return [t(`leads.channel.${source.channel}`), source.medium, source.campaign]
    .filter(Boolean)
    .join(' · ');
}
