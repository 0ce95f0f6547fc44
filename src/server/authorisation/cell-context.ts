// What a row's request is built from: the workspace's records (own or other) and fresh ones for
// the cells that change or end a record, so that no cell depends on what an earlier one did.
import { randomBytes } from 'node:crypto';
import type { WorkspaceSide } from './cells.ts';
import type { Actor, Call, Records, World } from './world.ts';

/** Records a cell may change: fresh in the own workspace, the fixed ones in the other. */
export interface Fresh {
  company(): Promise<string>;
  contact(): Promise<string>;
  deal(): Promise<string>;
  lostDeal(): Promise<string>;
  readyDeal(): Promise<string>;
  qualifiedLead(): Promise<string>;
  activity(): Promise<string>;
  /** A note (and a file) of the admin's on the workspace's deal. */
  note(): Promise<string>;
  file(): Promise<string>;
  lead(): Promise<string>;
  team(): Promise<string>;
  user(): Promise<string>;
  group(): Promise<string>;
  lamp(): Promise<string>;
  goal(): Promise<string>;
  channelCost(): Promise<string>;
  /** A token of the calling person (of the workspace's admin in the other workspace). */
  ownToken(): Promise<string>;
  /** A token of someone other than the caller. */
  othersToken(): Promise<string>;
  /** An invitation to the session member (in the other workspace: one to somebody else). */
  invitation(): Promise<string>;
  /** A pending invitation the workspace sent (in the other workspace: its fixed one). */
  sentInvitation(): Promise<string>;
}

export interface CellContext {
  side: WorkspaceSide;
  records: Records;
  actor: Actor;
  world: World;
  fresh: Fresh;
  /** Someone of the own workspace other than the caller (a new owner to give a record to). */
  colleagueId: string;
  /**
   * Fresh records of the caller's own workspace whatever the side: the record a body-addressing
   * variant changes, while its body names the side's records.
   */
  ownFresh: Fresh;
}

export type Build = (c: CellContext) => Call | Promise<Call>;

let month = 0;
/** A month no other cell has costed (channel costs are one per month and channel). */
function nextMonth(): string {
  month += 1;
  return `${2000 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

export const unique = () => randomBytes(4).toString('hex');

function freshOf(world: World, side: WorkspaceSide, actor: Actor, colleagueId: string): Fresh {
  const maker = side === 'own' ? world.own : world.other;
  const r = maker.records;
  const fixed = (id: string) => () => Promise.resolve(id);
  const adminId = world.own.records.adminId;
  if (side === 'other') {
    return {
      company: fixed(r.companyId),
      contact: fixed(r.contactId),
      deal: fixed(r.dealId),
      lostDeal: fixed(r.dealId),
      readyDeal: fixed(r.dealId),
      qualifiedLead: fixed(r.leadId),
      activity: fixed(r.activityId),
      note: fixed(r.noteId),
      file: fixed(r.fileId),
      lead: fixed(r.leadId),
      team: fixed(r.teamId),
      user: fixed(r.adminId),
      group: fixed(r.groupId),
      lamp: fixed(r.lampId),
      goal: fixed(r.goalId),
      channelCost: fixed(r.channelCostId),
      ownToken: fixed(r.tokenId),
      othersToken: fixed(r.tokenId),
      invitation: fixed(r.invitationId),
      sentInvitation: fixed(r.invitationId),
    };
  }
  return {
    company: () => maker.company(),
    contact: () => maker.contact(),
    deal: () => maker.deal(),
    lostDeal: () => maker.lostDeal(),
    readyDeal: () => maker.readyDeal(),
    qualifiedLead: () => maker.qualifiedLead(),
    activity: () => maker.activity(),
    note: () => maker.note(),
    file: () => maker.file(),
    lead: () => maker.lead(),
    team: () => maker.team(),
    user: () => maker.user(),
    group: () => maker.group(),
    lamp: () => maker.lamp(),
    goal: () => maker.goal(adminId),
    channelCost: () => maker.channelCost(nextMonth()),
    ownToken: () => maker.tokenOf(actor.userId ?? adminId),
    othersToken: () => maker.tokenOf(colleagueId),
    invitation: () => world.invitationForSessionMember(),
    sentInvitation: () => world.invitationFromOwn(),
  };
}

export function cellContext(world: World, side: WorkspaceSide, actor: Actor): CellContext {
  const adminId = world.own.records.adminId;
  const colleagueId = actor.userId === adminId ? world.actors.manager.userId! : adminId;
  return {
    side,
    records: (side === 'own' ? world.own : world.other).records,
    actor,
    world,
    fresh: freshOf(world, side, actor, colleagueId),
    colleagueId,
    ownFresh: freshOf(world, 'own', actor, colleagueId),
  };
}
