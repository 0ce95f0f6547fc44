// One deal's life on the b2b-classic conveyor as a list of timed steps: the gates are met the
// honest way (call logged, checks ticked, fields filled, next activity planned) except for the
// few manager overrides, and the deal ends won, lost at a realistic stage, or still open now.
import { DAY, HOUR, isoDate, slowdownOf, workingTime } from './demo-calendar.ts';
import type { ChannelProfile } from './demo-channels.ts';
import type { DealStep, Step } from './demo-steps.ts';
import type { Random } from './prng.ts';
import type { DealOutcome } from '../../../contract/conveyor.ts';

/** Ticked checks per stage of b2b-classic (Identification, Qualification, Offer, Negotiation). */
const CHECKS = [0, 3, 1, 3] as const;
/** A failed call attempt: not a stage, so it never stalls. */
const ATTEMPT = -2;
/** "No decision: the customer went silent", allowed at every stage. */
const SILENT = 3;

export interface DealFate {
  /** The stage the deal ends in (0–3). */
  reach: number;
  outcome: DealOutcome;
  lossReason: number;
}

export interface DealCast {
  index: number;
  createdAt: number;
  channel: ChannelProfile;
  opener: number;
  closer: number;
  manager: number;
  value: number;
  fate: DealFate;
}

export interface DealScript {
  steps: Step[];
  /** When the deal was won, or null. */
  wonAt: number | null;
}

export function dealScript(random: Random, cast: DealCast): DealScript {
  const steps: Step[] = [];
  let t = cast.createdAt;
  let due = t;
  const at = (step: DealStep) => steps.push({ ...step, at: t, deal: cast.index } as Step);
  // A deal that waits: its next contact is missed and done weeks late (overdue, then stuck).
  const stallStage = random.chance(0.14) ? random.int(0, 3) : -1;
  // A salesperson who completes a call and plans the next one only days later.
  const forgetful = random.chance(0.1);
  // A deal nobody plans a next step for: it rots until the funnel clean-up closes it.
  const dropStage = random.chance(0.1) ? random.int(1, 3) : -1;
  const wait = (minDays: number, maxDays: number) =>
    workingTime(t + (minDays + random.next() * (maxDays - minDays)) * DAY * slowdownOf(t));
  const plan = (type: DealStep & { do: 'plan' }) => {
    due = type.dueAt;
    at(type);
  };
  const next = (
    type: (DealStep & { do: 'plan' })['type'],
    subject: (DealStep & { do: 'plan' })['subject'],
    min: number,
    max: number,
  ) => {
    if (forgetful && random.chance(0.4)) t = wait(1, 4);
    plan({ do: 'plan', type, subject, dueAt: wait(min, max) });
  };
  /** Goes to the planned activity's moment (late when the deal stalls here) and completes it. */
  const reach = (stage: number, outcome: (DealStep & { do: 'complete' })['outcome']) => {
    t = due;
    if (stage === stallStage) t = workingTime(t + random.int(10, 35) * DAY);
    t = workingTime(t + random.int(0, 3) * HOUR);
    at({ do: 'complete', outcome });
  };
  const lose = () => {
    const comment = random.int(0, 1);
    at({ do: 'lose', reason: cast.fate.lossReason, comment });
    return { steps, wonAt: null };
  };
  const abandon = () => {
    t = wait(25, 60);
    at({ do: 'lose', reason: SILENT, comment: 0 });
    return { steps, wonAt: null };
  };
  const ends = (stage: number) => cast.fate.outcome === 'lost' && cast.fate.reach === stage;

  // Identification: reach the decision maker (cold calling takes many attempts).
  at({ do: 'create' });
  plan({ do: 'plan', type: 'call', subject: 'firstCall', dueAt: wait(0.1, 1.5) });
  const attempts = random.int(cast.channel.attempts[0], cast.channel.attempts[1]);
  for (let a = 0; a < attempts; a++) {
    reach(ATTEMPT, 'noAnswer');
    if (cast.channel.key === 'cold_call' && random.chance(0.5)) {
      at({ do: 'log', type: 'email', subject: 'coldEmail', outcome: 'sent' });
    }
    plan({ do: 'plan', type: 'call', subject: 'followUpCall', dueAt: wait(1, 4) });
  }
  if (ends(0)) {
    reach(0, cast.fate.lossReason === 3 ? 'noAnswer' : 'notInterested');
    return lose();
  }
  reach(0, 'interested');
  next('meeting', 'qualifyingMeeting', 2, 6);
  at({ do: 'move', stage: 1 });

  // Qualification: needs, budget and the offer's contents; the value estimated.
  reach(1, 'answered');
  if (ends(1)) return lose();
  if (dropStage === 1) return abandon();
  const overrideQualification = random.chance(cast.channel.keepsOwner ? 0.15 : 0.04);
  if (!overrideQualification) {
    for (let c = 0; c < CHECKS[1]; c++) at({ do: 'check', stage: 1, check: c });
  }
  at({ do: 'fill', value: cast.value });
  if (cast.closer !== cast.opener) at({ do: 'fill', owner: cast.closer });
  next('email', 'sendOffer', 2, 6);
  at(
    overrideQualification
      ? {
          do: 'move',
          stage: 2,
          overrideBy: cast.manager,
          reason: cast.channel.keepsOwner ? 2 : 0,
        }
      : { do: 'move', stage: 2 },
  );

  // Offer: prepared from the template, sent, the decision date agreed.
  reach(2, 'sent');
  if (dropStage === 2 && cast.fate.outcome === 'lost') return abandon();
  if (ends(2)) {
    next('call', 'offerReview', 3, 8);
    reach(2, 'notInterested');
    return lose();
  }
  at({ do: 'check', stage: 2, check: 0 });
  at({ do: 'fill', expectedCloseDate: isoDate(wait(20, 50)) });
  next('call', 'offerReview', 2, 5);
  at({ do: 'move', stage: 3 });

  // Negotiation, the bottleneck: procurement and lawyers keep deals waiting for weeks.
  const rounds = random.int(2, 5);
  for (let r = 0; r < rounds; r++) {
    reach(3, 'answered');
    if (ends(3) && r === rounds - 1) return lose();
    if (dropStage === 3 && cast.fate.outcome === 'lost') return abandon();
    const long = random.chance(0.35);
    next('call', 'chaseDecision', long ? 12 : 5, long ? 28 : 12);
  }
  const remoteSignature = random.chance(0.03);
  if (!remoteSignature) {
    reach(3, 'answered');
    next('meeting', 'negotiationMeeting', 2, 7);
    reach(3, 'agreed');
  } else {
    reach(3, 'agreed');
  }
  for (let c = 0; c < CHECKS[3]; c++) at({ do: 'check', stage: 3, check: c });
  at(
    remoteSignature
      ? { do: 'win', comment: random.int(0, 3), overrideBy: cast.manager, reason: 1 }
      : { do: 'win', comment: random.int(0, 3) },
  );
  return { steps, wonAt: t };
}
