import { describe, expect, it } from 'vitest';
import { LOCALES, SALES_ROLES } from '../../../../contract/roles.ts';
import { TEMPLATES } from '../../../identity/domain/workspace-defaults.ts';
import type { WorkspaceTemplate } from './template-shape.ts';
import { workspaceTemplate } from './workspace-template.ts';

/** Everything about a template except its wording. */
function structureOf(template: WorkspaceTemplate) {
  const stageIndex = new Map(
    template.pipelines.flatMap((p) => p.stages.map((s, i) => [s.name, i] as const)),
  );
  return {
    pipelines: template.pipelines.map((p) => ({
      stages: p.stages.map((s) => ({
        probability: s.probability,
        rotDays: s.rotDays,
        role: s.role,
        criteria: s.exitCriteria.map(({ label: _label, ...kind }) => kind),
      })),
    })),
    lostReasons: template.lostReasons.map((r) => r.stageNames?.map((n) => stageIndex.get(n))),
  };
}

function texts(template: WorkspaceTemplate): string[] {
  return [
    ...template.pipelines.flatMap((p) => [
      p.name,
      ...p.stages.flatMap((s) => [
        s.name,
        s.goal,
        s.guidance,
        ...s.exitCriteria.map((c) => c.label),
      ]),
    ]),
    ...template.lostReasons.flatMap((r) => [r.name, r.standard]),
  ];
}

describe('workspace templates', () => {
  describe.each(TEMPLATES.filter((t) => t !== 'empty'))('%s', (name) => {
    const english = workspaceTemplate(name, 'en');

    it('has the same structure in every language', () => {
      for (const locale of LOCALES) {
        expect(structureOf(workspaceTemplate(name, locale)), locale).toEqual(structureOf(english));
      }
    });

    it.each(LOCALES)('has every text written in %s, and no two alike', (locale) => {
      const all = texts(workspaceTemplate(name, locale));
      for (const text of all) expect(text.trim(), locale).not.toBe('');
      const template = workspaceTemplate(name, locale);
      for (const pipeline of template.pipelines) {
        const stageNames = pipeline.stages.map((s) => s.name.trim().toLowerCase());
        expect(new Set(stageNames).size).toBe(stageNames.length);
        for (const stage of pipeline.stages) {
          const labels = stage.exitCriteria.map((c) => c.label);
          expect(new Set(labels).size, stage.name).toBe(labels.length);
        }
      }
      const reasons = template.lostReasons.map((r) => r.name);
      expect(new Set(reasons).size).toBe(reasons.length);
      if (locale !== 'en') {
        // A translation, not the English text left in place.
        const english = texts(workspaceTemplate(name, 'en'));
        expect(all.filter((text, i) => text === english[i])).toEqual([]);
      }
    });

    it('moves deals through stages of rising probability, each with a goal, a role and exit criteria', () => {
      for (const pipeline of english.pipelines) {
        expect(pipeline.stages.length).toBeGreaterThanOrEqual(4);
        const probabilities = pipeline.stages.map((s) => s.probability);
        for (let i = 1; i < probabilities.length; i++) {
          expect(probabilities[i]).toBeGreaterThan(probabilities[i - 1]!);
        }
        for (const stage of pipeline.stages) {
          expect(stage.probability).toBeGreaterThan(0);
          expect(stage.probability).toBeLessThan(100);
          expect(stage.rotDays).toBeGreaterThanOrEqual(1);
          expect(SALES_ROLES).toContain(stage.role);
          expect(stage.exitCriteria.length).toBeGreaterThan(0);
        }
      }
    });

    it.each(LOCALES)('limits loss reasons (in %s) only to stages of its pipelines', (locale) => {
      const template = workspaceTemplate(name, locale);
      const stageNames = template.pipelines.flatMap((p) => p.stages.map((s) => s.name));
      expect(template.lostReasons.length).toBeGreaterThanOrEqual(8);
      const limited = template.lostReasons.filter((r) => r.stageNames !== undefined);
      expect(limited.length).toBeGreaterThan(0);
      for (const reason of limited) {
        expect(reason.stageNames!.length).toBeGreaterThan(0);
        for (const stage of reason.stageNames!) expect(stageNames).toContain(stage);
      }
    });

    it('fits what the pipelines and loss-reasons API accepts', () => {
      for (const locale of LOCALES) {
        const template = workspaceTemplate(name, locale);
        for (const pipeline of template.pipelines) {
          expect(pipeline.name.length).toBeLessThanOrEqual(200);
          for (const stage of pipeline.stages) {
            expect(stage.name.length).toBeLessThanOrEqual(200);
            expect(stage.goal.length).toBeLessThanOrEqual(500);
            expect(stage.guidance.length).toBeLessThanOrEqual(20_000);
            for (const c of stage.exitCriteria) expect(c.label.length).toBeLessThanOrEqual(200);
          }
        }
        for (const reason of template.lostReasons) {
          expect(reason.name.length).toBeLessThanOrEqual(200);
          expect(reason.standard.length).toBeLessThanOrEqual(2000);
        }
      }
    });
  });

  it('b2b-classic follows seed 002: hunters identify and qualify, closers offer and negotiate', () => {
    const [pipeline] = workspaceTemplate('b2b-classic', 'en').pipelines;
    expect(pipeline!.stages.map((s) => [s.name, s.probability, s.rotDays, s.role])).toEqual([
      ['Identification', 10, 7, 'hunter'],
      ['Qualification', 25, 14, 'hunter'],
      ['Offer', 50, 10, 'closer'],
      ['Negotiation', 75, 14, 'closer'],
    ]);
    // "Always put the date of the next contact in the calendar."
    expect(pipeline!.stages[0]!.exitCriteria.map((c) => c.kind)).toContain('nextActivity');
  });

  it('end-to-end follows seed 001 from lead development to account development', () => {
    const [pipeline] = workspaceTemplate('end-to-end', 'en').pipelines;
    expect(pipeline!.stages.map((s) => s.role)).toEqual([
      'hunter',
      'closer',
      'closer',
      'account_manager',
    ]);
  });

  it('empty has nothing, in every language', () => {
    for (const locale of LOCALES) {
      expect(workspaceTemplate('empty', locale)).toEqual({ pipelines: [], lostReasons: [] });
    }
  });
});
