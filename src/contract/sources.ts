export const CHANNELS = ['inbound', 'outbound'] as const;
export type Channel = (typeof CHANNELS)[number];
