const HOUR = 3600;

/**
 * Qualification of leads, the same in every template that has it: how fast an inbound lead
 * gets its first contact, how many qualified leads become sales-qualified, how many do.
 */
export const LEAD_QUALIFICATION_LAMPS = [
  {
    // Inbound only: an outbound lead waits in the base for its campaign by design, which
    // would drown how fast hunters pick up the leads that asked for contact.
    position: 'start',
    metric: {
      median: { event: 'lead.contacted', where: { channel: 'inbound' } },
      of: 'duration',
    },
    thresholds: { direction: 'lower_is_better', green: 4 * HOUR, amber: 24 * HOUR },
  },
  {
    // "Of 100 leads, are 50 sensible or 2?" — of the leads decided in the week (accepted by
    // sales or disqualified), the share accepted: never above 100 %. SQL ÷ MQL of the same
    // week could pass it, as this week's SQLs were often last week's MQLs.
    position: 'middle',
    metric: {
      ratio: { of: { count: { event: 'lead.sql' } }, to: { count: { event: 'lead.decided' } } },
    },
    thresholds: { direction: 'higher_is_better', green: 0.5, amber: 0.25 },
  },
  {
    position: 'end',
    metric: { count: { event: 'lead.sql' } },
    thresholds: { direction: 'higher_is_better', green: 8, amber: 4 },
  },
] as const;
