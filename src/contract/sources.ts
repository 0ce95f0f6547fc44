export const CHANNELS = ['inbound', 'outbound'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * The mediums Conveyor itself names (web forms, the telephony integration, the demo's sources)
 * and the common ones people type: each has a label in every language (`leads.medium.<code>`),
 * on cards, the lead inbox, reports and exports. A medium stays free text: any other is shown as
 * recorded.
 */
export const KNOWN_MEDIUMS = [
  'web_form',
  'cpc',
  'referral',
  'phone',
  'email',
  'cold_email',
  'linkedin',
  'cold_call',
  'upsell',
  'organic',
  'newsletter',
  'social',
  'event',
  'partner',
  'prospect_list',
] as const;
export type KnownMedium = (typeof KNOWN_MEDIUMS)[number];

export function isKnownMedium(medium: string): medium is KnownMedium {
  return (KNOWN_MEDIUMS as readonly string[]).includes(medium);
}
