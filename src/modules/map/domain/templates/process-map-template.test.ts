import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, METRIC_EVENT_TYPES } from '../../../../contract/event-types.ts';
import { LOCALES } from '../../../../contract/roles.ts';
import { TEMPLATES } from '../../../identity/domain/workspace-defaults.ts';
import { linkErrors, timingErrors } from '../process-group.ts';
import { mapVersionName } from './process-map-names.ts';
import type { MapTemplate } from './process-map-shape.ts';
import { processMapTemplate } from './process-map-template.ts';
import { GROUP_KINDS, LAMP_POSITIONS } from '../../../../contract/map.ts';

const MAPS = TEMPLATES.filter((t) => t !== 'empty');

/** Events whose duration API.md defines; a median of another event's duration is always empty. */
const DURATION_EVENTS = ['deal.stage_entered', 'lead.contacted', 'ticket.closed'];
const METRIC_KEYS = ['count', 'sum', 'median', 'ratio', 'state', 'manual'];
const WHERE_KEYS = ['channel', 'medium', 'activityType'];

/** Every problem with a metric, by path: only the grammar of API.md, only catalogued events. */
function metricProblems(metric: unknown, path = 'metric'): string[] {
  if (typeof metric !== 'object' || metric === null) return [`${path}: not an object`];
  const m = metric as Record<string, unknown>;
  const kind = METRIC_KEYS.find((k) => k in m);
  if (kind === undefined) return [`${path}: no metric kind`];
  const problems: string[] = [];
  const allowed =
    kind === 'median' ? ['median', 'of'] : kind === 'state' ? ['state', 'where'] : [kind];
  for (const key of Object.keys(m))
    if (!allowed.includes(key)) problems.push(`${path}.${key}: unknown`);
  const where = (value: unknown, at: string) => {
    for (const key of Object.keys((value ?? {}) as object)) {
      // Templates know no pipeline, stage, owner or team ids.
      if (!WHERE_KEYS.includes(key)) problems.push(`${at}.${key}: not allowed in a template`);
    }
  };
  const filter = (value: unknown, at: string) => {
    const f = value as { event?: unknown; where?: unknown };
    if (!(METRIC_EVENT_TYPES as readonly unknown[]).includes(f.event))
      problems.push(`${at}.event: unknown`);
    where(f.where, `${at}.where`);
  };
  if (kind === 'count' || kind === 'sum') filter(m[kind], `${path}.${kind}`);
  if (kind === 'median') {
    filter(m.median, `${path}.median`);
    const event = (m.median as { event: string }).event;
    if (m.of === 'duration' && !DURATION_EVENTS.includes(event))
      problems.push(`${path}.of: ${event} carries no duration`);
  }
  if (kind === 'ratio') {
    const r = m.ratio as { of: unknown; to: unknown };
    problems.push(...metricProblems(r.of, `${path}.ratio.of`));
    problems.push(...metricProblems(r.to, `${path}.ratio.to`));
  }
  if (kind === 'state') where(m.where, `${path}.where`);
  if (kind === 'manual' && m.manual !== true) problems.push(`${path}.manual: must be true`);
  return problems;
}

function texts(map: MapTemplate): string[] {
  return map.groups.flatMap((g) => [
    g.name,
    g.result,
    ...g.processes.flatMap((p) => [p.name, p.description]),
    ...g.lamps.map((l) => l.name),
  ]);
}

/** Everything about a map except its wording. */
function structureOf(map: MapTemplate) {
  return map.groups.map((g) => ({
    key: g.key,
    kind: g.kind,
    mode: g.mode,
    cadence: g.cadence,
    trigger: g.trigger,
    next: g.next,
    processes: g.processes.length,
    lamps: g.lamps.map(({ name: _name, ...lamp }) => lamp),
  }));
}

/** Words the Polish sources themselves use in English. */
const SAME_IN_POLISH = new Set(['Prospecting', 'Marketing', 'Lead nurturing']);

describe('process map templates', () => {
  describe.each(MAPS)('%s', (name) => {
    const english = processMapTemplate(name, 'en');

    it('has the same structure in every language', () => {
      for (const locale of LOCALES) {
        expect(structureOf(processMapTemplate(name, locale)), locale).toEqual(structureOf(english));
      }
    });

    it.each(LOCALES)('links groups by unique keys, never to themselves (%s)', (locale) => {
      const { groups } = processMapTemplate(name, locale);
      const keys = groups.map((g) => g.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const group of groups) {
        expect(GROUP_KINDS).toContain(group.kind);
        expect(linkErrors(group.key, group.next), group.key).toEqual([]);
        for (const next of group.next) expect(keys, group.key).toContain(next);
      }
    });

    it('feeds every group of the flow from another one', () => {
      const fed = new Set(english.groups.flatMap((g) => g.next));
      const unfed = english.groups.filter((g) => !fed.has(g.key)).map((g) => g.kind);
      for (const kind of unfed)
        expect(['strategy', 'management', 'prospecting', 'marketing']).toContain(kind);
    });

    it('runs standing groups on a cadence and triggered ones on a catalogued event', () => {
      for (const group of english.groups) {
        expect(timingErrors(group), group.key).toEqual([]);
        if (group.mode === 'standing') expect(group.cadence, group.key).not.toBeNull();
        else expect(EVENT_TYPES, group.key).toContain(group.trigger);
      }
    });

    it('puts exactly one start, one middle and one end lamp on every group', () => {
      for (const group of english.groups) {
        expect(group.lamps.map((l) => l.position).sort(), group.key).toEqual(
          [...LAMP_POSITIONS].sort(),
        );
      }
    });

    it('gives every lamp thresholds that agree with its direction and its unit', () => {
      for (const group of english.groups) {
        for (const lamp of group.lamps) {
          const { direction, green, amber } = lamp.thresholds;
          const at = `${group.key}.${lamp.position}`;
          if (direction === 'higher_is_better') expect(green, at).toBeGreaterThanOrEqual(amber);
          else expect(green, at).toBeLessThanOrEqual(amber);
          expect(amber, at).toBeGreaterThanOrEqual(0);
          // A ratio is a fraction; a threshold above 1 could never be reached.
          if ('ratio' in (lamp.metric as object)) expect(green, at).toBeLessThanOrEqual(1);
          if (lamp.name.endsWith('%')) expect(green, at).toBeLessThanOrEqual(100);
        }
      }
    });

    it('measures only with the metric language and catalogued events', () => {
      for (const group of english.groups) {
        for (const lamp of group.lamps) {
          expect(metricProblems(lamp.metric), `${group.key}.${lamp.position}`).toEqual([]);
        }
      }
    });

    it.each(LOCALES)('has every text written in %s, none left in English', (locale) => {
      const map = processMapTemplate(name, locale);
      expect(map.versionName).toBe(mapVersionName(locale));
      const all = texts(map);
      for (const text of all) expect(text.trim(), locale).not.toBe('');
      const names = map.groups.map((g) => g.name.toLowerCase());
      expect(new Set(names).size).toBe(names.length);
      for (const group of map.groups) {
        const processes = group.processes.map((p) => p.name);
        expect(new Set(processes).size, group.name).toBe(processes.length);
        const lamps = group.lamps.map((l) => l.name);
        expect(new Set(lamps).size, group.name).toBe(lamps.length);
      }
      if (locale !== 'en') {
        const original = texts(english);
        const untranslated = all.filter((text, i) => text === original[i]);
        const allowed = locale === 'pl' ? SAME_IN_POLISH : new Set<string>();
        expect(untranslated.filter((text) => !allowed.has(text))).toEqual([]);
      }
    });
  });

  it('b2b-classic draws the groups of seed 000 top to bottom, output to input', () => {
    const { groups } = processMapTemplate('b2b-classic', 'en');
    expect(groups.map((g) => g.kind)).toEqual([
      'strategy',
      'management',
      'prospecting',
      'marketing',
      'qualification',
      'sales',
      'service',
      'cross_upsell',
      'account_management',
      'key_account_management',
    ]);
    const next = Object.fromEntries(groups.map((g) => [g.key, g.next]));
    expect(next.prospecting).toEqual(['qualification']);
    expect(next.marketing).toEqual(['qualification']);
    expect(next.qualification).toEqual(['sales']);
    expect(next.sales).toEqual(['service']);
    expect(next.service).toEqual(['cross_upsell']);
    expect(next.cross_upsell).toEqual(['account_management']);
    expect(next.account_management).toContain('sales');
    const timing = Object.fromEntries(groups.map((g) => [g.key, [g.mode, g.cadence ?? g.trigger]]));
    expect(timing.prospecting).toEqual(['standing', 'weekly']);
    expect(timing.marketing).toEqual(['standing', 'weekly']);
    expect(timing.management).toEqual(['standing', 'weekly']);
    expect(timing.sales).toEqual(['triggered', 'lead.sql']);
    expect(timing.service).toEqual(['triggered', 'deal.won']);
  });

  it('b2b-classic lamps prospecting as seed 000 does: reached, replied, leads', () => {
    const prospecting = processMapTemplate('b2b-classic', 'en').groups.find(
      (g) => g.kind === 'prospecting',
    )!;
    expect(prospecting.lamps.map((l) => l.metric)).toEqual([
      { count: { event: 'lead.contacted', where: { channel: 'outbound' } } },
      { count: { event: 'lead.replied', where: { channel: 'outbound' } } },
      { count: { event: 'lead.mql', where: { channel: 'outbound' } } },
    ]);
  });

  // Issue 18: a ratio of two counts of the same week is a share only when what the top counts
  // is a part of what the bottom counts in that week (won ⊂ closed, SQL ⊂ decided).
  it.each(['b2b-classic', 'end-to-end'] as const)(
    '%s: every ratio lamp is a share of a whole that contains its part',
    (template) => {
      const shares = new Map<string, readonly string[]>([
        ['deal.won', ['deal.closed']],
        ['lead.sql', ['lead.decided']],
      ]);
      for (const group of processMapTemplate(template, 'en').groups) {
        for (const lamp of group.lamps) {
          const metric = lamp.metric as { ratio?: { of: unknown; to: unknown } };
          if (!metric.ratio) continue;
          const of = (metric.ratio.of as { count: { event: string } }).count.event;
          const to = (metric.ratio.to as { count: { event: string } }).count.event;
          expect(shares.get(of) ?? [], `${group.key}.${lamp.position}`).toContain(to);
        }
      }
    },
  );

  it('end-to-end follows the conveyor of seed 001 and returns account work to conversion', () => {
    const { groups } = processMapTemplate('end-to-end', 'en');
    expect(groups.map((g) => [g.key, g.next])).toEqual([
      ['management', []],
      ['lead_generation', ['lead_development']],
      ['lead_development', ['conversion']],
      ['conversion', ['fulfilment']],
      ['fulfilment', ['account_management']],
      ['account_management', ['conversion', 'key_account_management']],
      ['key_account_management', ['conversion']],
    ]);
  });

  it('empty has a named first version and no groups, in every language', () => {
    for (const locale of LOCALES) {
      expect(processMapTemplate('empty', locale)).toEqual({
        versionName: mapVersionName(locale),
        groups: [],
      });
    }
  });

  it('hands out fresh copies, so a caller changing one cannot change the template', () => {
    const first = processMapTemplate('b2b-classic', 'en');
    (first.groups[0]!.lamps[0]!.thresholds as { green: number }).green = -1;
    first.groups[0]!.next.push('x');
    const second = processMapTemplate('b2b-classic', 'en');
    expect(second.groups[0]!.lamps[0]!.thresholds.green).not.toBe(-1);
    expect(second.groups[0]!.next).not.toContain('x');
  });
});
