import { describe, expect, it } from 'vitest';
import { planDemo } from './demo-plan.ts';

const NOW = new Date('2026-11-19T15:00:00Z');
const small = planDemo({ seed: 0, size: 'small', locale: 'en', now: NOW });

/** Per medium: deals, wins, and activities on its deals and leads (the effort it took). */
function perChannel() {
  const stats = new Map<string, { deals: number; wins: number; activities: number }>();
  const of = (medium: string) => {
    const s = stats.get(medium) ?? { deals: 0, wins: 0, activities: 0 };
    stats.set(medium, s);
    return s;
  };
  small.deals.forEach((deal) => (of(deal.source.medium).deals += 1));
  for (const step of small.steps) {
    if ('lead' in step) {
      if (step.do === 'leadTouch') of(small.leads[step.lead]!.key).activities += 1;
      continue;
    }
    if (!('deal' in step)) continue;
    const s = of(small.deals[step.deal]!.source.medium);
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

  it('plans two years of about 280 deals in time order, none after now', () => {
    expect(small.deals.length).toBeGreaterThanOrEqual(230);
    expect(small.deals.length).toBeLessThanOrEqual(330);
    expect(NOW.getTime() - small.start).toBeGreaterThan(103 * 7 * 86_400_000);
    const times = small.steps.map((s) => s.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.max(...times)).toBeLessThanOrEqual(NOW.getTime());
  });

  it('tells the prospecting story: cold calling burns effort for almost no wins', () => {
    const stats = perChannel();
    const coldCall = stats.get('cold_call')!;
    const webForm = stats.get('web_form')!;
    expect(coldCall.wins).toBeGreaterThanOrEqual(1);
    expect(coldCall.wins).toBeLessThanOrEqual(2);
    // Two prospectors' weekly calls for two years: hundreds of touches for that one sale.
    expect(coldCall.activities).toBeGreaterThan(300);
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

  it('starts every deal but an upsell as a lead of the same source', () => {
    for (const deal of small.deals) {
      if (deal.source.medium === 'upsell') {
        expect(deal.lead).toBeNull();
        continue;
      }
      const lead = small.leads[deal.lead!]!;
      expect(lead.key).toBe(deal.source.medium);
      expect(lead.campaign).toBe(deal.source.campaign);
      expect(lead.deal).toBe(small.deals.indexOf(deal));
    }
    const keys = new Set(small.leads.map((l) => l.key));
    for (const key of ['web_form', 'cpc', 'referral', 'phone', 'cold_email', 'linkedin']) {
      expect(keys).toContain(key);
    }
  });

  it('converts leads of some channels much more often than of others', () => {
    const rate = (key: string) => {
      const of = small.leads.filter((l) => l.key === key);
      return of.filter((l) => l.deal !== null).length / of.length;
    };
    expect(rate('referral')).toBeGreaterThan(rate('web_form'));
    expect(rate('web_form')).toBeGreaterThan(rate('cpc'));
    expect(rate('cpc')).toBeGreaterThan(rate('cold_call') * 5);
  });

  it('opens each lead before it is touched, and converts it after it is an SQL', () => {
    const seen = new Map<number, string[]>();
    for (const step of small.steps) {
      if ('lead' in step) seen.set(step.lead, [...(seen.get(step.lead) ?? []), step.do]);
      if (step.do === 'create' && small.deals[step.deal]!.lead !== null) {
        const lead = small.deals[step.deal]!.lead!;
        seen.set(lead, [...(seen.get(lead) ?? []), 'convert']);
      }
    }
    for (const [lead, dids] of seen) {
      expect(dids[0], `lead ${lead}`).toBe('leadOpen');
      const convert = dids.indexOf('convert');
      if (convert >= 0) expect(dids.slice(convert - 1)).toEqual(['leadStatus', 'convert']);
    }
  });
});
