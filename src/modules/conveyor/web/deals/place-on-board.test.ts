import { describe, expect, it } from 'vitest';
import type { BoardDeals } from '../api/board-deals-query.ts';
import { NO_BOARD_FILTERS } from '../api/board-filters.ts';
import type { BoardDeal, Deal } from '../api/types.ts';
import { placeOnBoard } from './place-on-board.ts';

const deal = (id: string, stageId: string, more: Partial<Deal> = {}): Deal => ({
  id,
  title: `Deal ${id}`,
  pipelineId: 'p',
  stageId,
  status: 'open',
  value: 100,
  currency: 'PLN',
  companyId: null,
  contactId: null,
  ownerId: 'u1',
  expectedCloseDate: null,
  source: null,
  leadId: null,
  nextActivity: null,
  stageEnteredAt: '2026-11-23T09:30:00Z',
  createdAt: '2026-11-23T09:30:00Z',
  updatedAt: '2026-11-23T09:30:00Z',
  closedAt: null,
  lostReasonId: null,
  closeComment: null,
  checks: [],
  stuck: false,
  version: 1,
  ...more,
});

const board = (deals: BoardDeal[], filters = NO_BOARD_FILTERS): BoardDeals => ({
  deals,
  more: {},
  filters,
});

const column = (b: BoardDeals, stageId: string) =>
  b.deals.filter((d) => d.stageId === stageId).map((d) => d.id);

describe('placeOnBoard', () => {
  const start = board([deal('a1', 's1'), deal('a3', 's1'), deal('a2', 's2'), deal('a4', 's2')]);

  it('moves a deal to its new column where the server lists it (by id)', () => {
    const moved = placeOnBoard(start, deal('a3', 's2', { version: 2 }));
    expect(column(moved, 's1')).toEqual(['a1']);
    expect(column(moved, 's2')).toEqual(['a2', 'a3', 'a4']);
    expect(moved.deals.find((d) => d.id === 'a3')?.version).toBe(2);
    expect(moved.more).toBe(start.more);
  });

  it('puts a deal last in a column whose ids are all smaller, and in an empty column', () => {
    expect(column(placeOnBoard(start, deal('a9', 's1')), 's1')).toEqual(['a1', 'a3', 'a9']);
    expect(column(placeOnBoard(start, deal('a1', 's3')), 's3')).toEqual(['a1']);
  });

  it('takes a closed deal off the board', () => {
    const won = placeOnBoard(start, deal('a2', 's2', { status: 'won' }));
    expect(won.deals.map((d) => d.id)).toEqual(['a1', 'a3', 'a4']);
  });

  it('takes a deal off a board whose filters it no longer matches, and onto one it does', () => {
    const stuckOnly = board([deal('a1', 's1', { stuck: true })], {
      ...NO_BOARD_FILTERS,
      stuck: true,
    });
    expect(placeOnBoard(stuckOnly, deal('a1', 's2')).deals).toEqual([]);
    const noNext = board([], { ...NO_BOARD_FILTERS, noNextActivity: true });
    expect(placeOnBoard(noNext, deal('a5', 's1')).deals.map((d) => d.id)).toEqual(['a5']);
    const planned = deal('a5', 's1', { nextActivity: { id: 'x', type: 'call', dueAt: null } });
    expect(placeOnBoard(noNext, planned).deals).toEqual([]);
    const someoneElses = board([], { ...NO_BOARD_FILTERS, ownerId: 'u2' });
    expect(placeOnBoard(someoneElses, deal('a6', 's1')).deals).toEqual([]);
  });

  it('leaves the board as it was when a deal it does not show stays off it', () => {
    expect(placeOnBoard(start, deal('a7', 's1', { status: 'lost' }))).toBe(start);
  });

  it("keeps the company name the board drew while the deal's company stays the same", () => {
    const drawn = board([{ ...deal('a1', 's1', { companyId: 'c1' }), companyName: 'Amber' }]);
    const moved = placeOnBoard(drawn, deal('a1', 's2', { companyId: 'c1', version: 2 }));
    expect(moved.deals[0]).toMatchObject({ stageId: 's2', companyName: 'Amber' });
    // Another company: its name is not known here, so the card asks for it.
    const changed = placeOnBoard(drawn, deal('a1', 's1', { companyId: 'c2', version: 2 }));
    expect(changed.deals[0]?.companyName).toBeUndefined();
  });
});
