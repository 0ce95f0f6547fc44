// The demo company's sales organisation (DOMAIN.md §3–4): a head of sales, two managers, and
// people in each role along the conveyor, in four teams. Names come from the locale's texts.
import type { Role, SalesRole } from '../../../contract/roles.ts';
import { emailLocalPart, type DemoTexts } from './demo-texts.ts';

export type TeamKey = 'inbound' | 'outbound' | 'closing' | 'accounts';

export interface DemoPerson {
  index: number;
  name: string;
  email: string;
  role: Role;
  salesRoles: SalesRole[];
  team: TeamKey | null;
  leadLimit: number | null;
}

interface Seat {
  role: Role;
  salesRoles: SalesRole[];
  team: TeamKey | null;
  leadLimit?: number;
}

/** Roster order matches DemoTexts.people; the first seat is the head of sales (the demo login). */
const SEATS: readonly Seat[] = [
  { role: 'admin', salesRoles: ['closer', 'key_account_manager'], team: null },
  { role: 'manager', salesRoles: ['hunter'], team: 'inbound' },
  { role: 'manager', salesRoles: ['closer'], team: 'closing' },
  { role: 'member', salesRoles: ['prospector'], team: 'outbound', leadLimit: 200 },
  { role: 'member', salesRoles: ['prospector'], team: 'outbound', leadLimit: 200 },
  { role: 'member', salesRoles: ['hunter'], team: 'inbound', leadLimit: 40 },
  { role: 'member', salesRoles: ['hunter'], team: 'inbound', leadLimit: 40 },
  { role: 'member', salesRoles: ['hunter'], team: 'inbound', leadLimit: 40 },
  { role: 'member', salesRoles: ['hunter'], team: 'outbound', leadLimit: 40 },
  { role: 'member', salesRoles: ['closer'], team: 'closing' },
  { role: 'member', salesRoles: ['closer'], team: 'closing' },
  { role: 'member', salesRoles: ['closer'], team: 'closing' },
  { role: 'member', salesRoles: ['account_manager'], team: 'accounts' },
  { role: 'member', salesRoles: ['account_manager', 'key_account_manager'], team: 'accounts' },
  { role: 'member', salesRoles: ['marketer'], team: 'inbound' },
];

export function demoPeople(texts: DemoTexts): DemoPerson[] {
  return SEATS.map((seat, index) => ({
    index,
    name: texts.people[index]!,
    email: `${emailLocalPart(texts.people[index]!)}@${texts.domain}`,
    role: seat.role,
    salesRoles: seat.salesRoles,
    team: seat.team,
    leadLimit: seat.leadLimit ?? null,
  }));
}

/** Who works which part of the conveyor, by roster index. */
export const CREW = {
  headOfSales: 0,
  managers: [1, 2],
  prospectors: [3, 4],
  /** Hunters of inbound leads; the last hunter takes the outbound replies. */
  inboundHunters: [5, 6, 7, 1],
  outboundHunters: [8],
  closers: [9, 10, 11, 2],
  accountManagers: [12, 13],
  marketer: 14,
} as const;

export const DEMO_PASSWORD = 'conveyor-demo';
