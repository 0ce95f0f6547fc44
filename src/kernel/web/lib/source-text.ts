import type { TFunction } from 'i18next';
import { isKnownMedium } from '../../../contract/sources.ts';

/** Where a lead or a deal came from, as recorded. */
export interface SourceParts {
  channel: string;
  medium?: string | null;
  campaign?: string | null;
}

/**
 * A medium as people read it: a medium Conveyor knows (`web_form`, `cold_call`…) by its label in
 * the reader's language, any other as it was typed.
 */
export function mediumText(medium: string, t: TFunction): string {
  return isKnownMedium(medium) ? t(`leads.medium.${medium}`) : medium;
}

/** "Inbound · Web form · spring": channel and medium translated, the campaign as recorded. */
export function sourceText(source: SourceParts, t: TFunction): string {
  return [
    t(`leads.channel.${source.channel}`),
    source.medium && mediumText(source.medium, t),
    source.campaign,
  ]
    .filter(Boolean)
    .join(' · ');
}
