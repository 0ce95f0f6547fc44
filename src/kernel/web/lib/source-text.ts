import type { TFunction } from 'i18next';

/** Where a lead or a deal came from, as recorded. */
export interface SourceParts {
  channel: string;
  medium?: string | null;
  campaign?: string | null;
}

/** "Inbound · web_form · spring": the channel translated, medium and campaign as recorded. */
export function sourceText(source: SourceParts, t: TFunction): string {
  return [t(`leads.channel.${source.channel}`), source.medium, source.campaign]
    .filter(Boolean)
    .join(' · ');
}
