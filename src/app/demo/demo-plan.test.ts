import { describe, expect, it } from 'vitest';
import { planDemo } from './demo-plan.ts';

const NOW = new Date('2026-11-19T15:00:00Z');
const small = planDemo({ seed: 0, size: 'small', locale: 'en', now: NOW });

function perChannel() {
  const stats = new Map<string, { deals: number; wins: number; activities: number }>();
  small.deals.forEach((deal) => {
    const s = stats.get(deal.source.medium) ?? { deals: 0, wins: 0, activities: 0 };
    s.deals += 1;
    stats.set(deal.source.medium, s);
  });
  for (const step of small.steps) {
    if (!('deal' in step)) continue;
    const s = stats.get(small.deals[step.deal]!.source.medium)!;
    if (step.do === 'win') s.wins += 1;
    if (step.do === 'plan' || step.do === 'log') s.activities += 1;
  }
  return stats;
}

describe('planDemo', () => {
  it('plans the same company for the same seed', () => {
    expect(planDemo({ seed: 0, size: 'small', locale: 'en', now: NOW })).toEqual(small);
    expect(planDemo({ seed: 1, size: 'small', locale: 'en', now: NOW }).deals).not.toEqual(
      small.deals,
    );
  });

  it('plans two years of about 400 deals in time order, none after now', () => {
    expect(small.deals.length).toBeGreaterThanOrEqual(300);
    expect(small.deals.length).toBeLessThanOrEqual(500);
    expect(NOW.getTime() - small.start).toBeGreaterThan(103 * 7 * 86_400_000);
    const times = small.steps.map((s) => s.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.max(...times)).toBeLessThanOrEqual(NOW.getTime());
  });

  it('tells the prospecting story: cold calling burns effort for almost no wins', () => {
    const stats = perChannel();
    const coldCall = stats.get('cold_call')!;
    const webForm = stats.get('web_form')!;
    expect(coldCall.wins).toBeLessThanOrEqual(1);
    expect(coldCall.activities / coldCall.deals).toBeGreaterThan(
      webForm.activities / webForm.deals,
    );
    expect(webForm.wins / webForm.deals).toBeGreaterThan(0.1);
    expect(stats.get('referral')!.wins / stats.get('referral')!.deals).toBeGreaterThan(
      webForm.wins / webForm.deals,
    );
  });

  it('writes names and texts in the chosen language', () => {
    const pl = planDemo({ seed: 0, size: 'tiny', locale: 'pl', now: NOW });
    const ru = planDemo({ seed: 0, size: 'tiny', locale: 'ru', now: NOW });
    expect(pl.companies[0]!.name).toMatch(/sp\. z o\.o\.$/);
    expect(ru.companies[0]!.name).toMatch(/^ООО «/);
    expect(ru.people[0]!.email).toMatch(/^[a-z.]+@nordwest\.example$/);
  });
});
