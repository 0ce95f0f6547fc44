// The plan's vocabulary: one step is one use-case call at one simulated moment. Steps name
// deals, people and companies by their index in the plan; the runner maps them to ids.
import type { ActivityTexts, LeadTexts } from './demo-texts.ts';
import type { ActivityType } from '../../../contract/activities.ts';
import type { LeadTarget } from '../../../contract/leads.ts';
import type { Channel } from '../../../contract/sources.ts';

type Text = keyof ActivityTexts;
type LeadText = keyof LeadTexts['activities'];

/** A lead's life: opened by its channel's entry point, touched, qualified or disqualified. */
export type LeadStep =
  | { do: 'leadOpen' }
  | { do: 'leadTouch'; type: ActivityType; subject: LeadText; outcome: LeadText }
  | { do: 'leadCallIn' }
  // `contacted` comes with the first touch.
  | { do: 'leadStatus'; status: Exclude<LeadTarget, 'contacted'> }
  | { do: 'leadDrop'; reason: number };

export type DealStep =
  | { do: 'create' }
  | { do: 'plan'; type: ActivityType; subject: Text; dueAt: number }
  | { do: 'complete'; outcome: Text }
  | { do: 'log'; type: ActivityType; subject: Text; outcome: Text }
  | { do: 'check'; stage: number; check: number }
  | { do: 'fill'; value?: number; expectedCloseDate?: string; owner?: number }
  | { do: 'move'; stage: number; overrideBy?: number; reason?: number }
  | { do: 'win'; comment: number; overrideBy?: number; reason?: number }
  | { do: 'lose'; reason: number; comment: number };

export type Step =
  | (DealStep & { at: number; deal: number })
  | {
      at: number;
      do: 'touch';
      person: number;
      company: number;
      type: ActivityType;
      subject: Text;
      outcome: Text;
    }
  | (LeadStep & { at: number; lead: number })
  | {
      at: number;
      do: 'cost';
      month: string;
      channel: Channel;
      medium: string;
      amount: number;
    }
  | { at: number; do: 'weekEnd' };

/** Steps in time order; steps at the same moment keep the order they were planned in. */
export function sortSteps(steps: Step[]): Step[] {
  return steps
    .map((step, order) => ({ step, order }))
    .sort((a, b) => a.step.at - b.step.at || a.order - b.order)
    .map((s) => s.step);
}
