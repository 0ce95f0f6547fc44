// Executes the plan's steps, each through the use case the API calls for it, as the person who
// would do it, with the simulated clock already set to the step's moment.
import { createCompany } from '../../accounts/index.ts';
import { createContact } from '../../accounts/index.ts';
import { completeActivity } from '../../conveyor/index.ts';
import { createActivity } from '../../conveyor/index.ts';
import type { Actor } from '../../../kernel/app/context.ts';
import { createDeal } from '../../conveyor/index.ts';
import { loseDeal } from '../../conveyor/index.ts';
import { moveDeal } from '../../conveyor/index.ts';
import { setDealCheck } from '../../conveyor/index.ts';
import { updateDeal } from '../../conveyor/index.ts';
import { winDeal } from '../../conveyor/index.ts';
import type { Runner } from '../../../kernel/app/runner.ts';
import { demoLeadRunner } from './demo-lead-steps.ts';
import type { DemoPlan } from './demo-plan.ts';
import type { DemoWorld } from './demo-setup.ts';
import type { Step } from './demo-steps.ts';

type DealOrTouchStep = Exclude<Step, { do: 'weekEnd' }>;

export async function demoStepRunner(runner: Runner, plan: DemoPlan, world: DemoWorld) {
  const leads = await demoLeadRunner(runner, plan, world);
  const words = plan.texts.activities;
  const companies = new Map<number, { id: string; contactId: string }>();
  const dealIds: string[] = [];
  const owners: number[] = [];
  const pending = new Map<number, string>();
  const actor = (person: number): Actor => world.actors[person]!;

  async function company(index: number, owner: number) {
    const known = companies.get(index);
    if (known) return known;
    const planned = plan.companies[index]!;
    const ownerId = actor(owner).userId;
    const created = await runner.run(
      createCompany,
      {
        name: planned.name,
        website: planned.website,
        industry: planned.industry,
        city: planned.city,
        country: plan.texts.country,
        ownerId,
      },
      actor(owner),
    );
    const contact = await runner.run(
      createContact,
      { ...planned.contact, companyId: created.id, ownerId },
      actor(owner),
    );
    const ids = { id: created.id, contactId: contact.id };
    companies.set(index, ids);
    return ids;
  }

  const override = (step: { overrideBy?: number; reason?: number }) =>
    step.overrideBy === undefined
      ? {}
      : { override: { reason: plan.texts.overrideReasons[step.reason ?? 0]! } };

  return async function run(step: DealOrTouchStep, now: Date): Promise<void> {
    if ('lead' in step || step.do === 'cost') return leads.run(step, now);
    if (step.do === 'touch') {
      const at = await company(step.company, step.person);
      await runner.run(
        createActivity,
        {
          type: step.type,
          subject: words[step.subject],
          doneAt: now,
          companyId: at.id,
          contactId: at.contactId,
          ownerId: actor(step.person).userId,
          outcome: words[step.outcome],
        },
        actor(step.person),
      );
      return;
    }
    const index = step.deal;
    const dealId = dealIds[index]!;
    const by = actor(owners[index] ?? plan.deals[index]!.opener);
    switch (step.do) {
      case 'create': {
        const planned = plan.deals[index]!;
        if (planned.lead !== null) {
          const converted = await leads.convert(index);
          dealIds[index] = converted.dealId;
          owners[index] = converted.owner;
          // The lead's company and person are now the customer's, for upsells and check-ins.
          if (converted.companyId && converted.contactId && !companies.has(planned.company)) {
            companies.set(planned.company, {
              id: converted.companyId,
              contactId: converted.contactId,
            });
          }
          return;
        }
        const at = await company(planned.company, planned.opener);
        const deal = await runner.run(
          createDeal,
          {
            title: planned.title,
            pipelineId: world.pipelineId,
            companyId: at.id,
            contactId: at.contactId,
            ownerId: actor(planned.opener).userId,
            source: planned.source,
          },
          actor(planned.opener),
        );
        dealIds[index] = deal.deal.id;
        owners[index] = planned.opener;
        return;
      }
      case 'plan': {
        const activity = await runner.run(
          createActivity,
          { type: step.type, subject: words[step.subject], dueAt: new Date(step.dueAt), dealId },
          by,
        );
        pending.set(index, activity.id);
        return;
      }
      case 'complete': {
        const activityId = pending.get(index);
        if (!activityId) return;
        pending.delete(index);
        await runner.run(completeActivity, { activityId, outcome: words[step.outcome] }, by);
        return;
      }
      case 'log':
        await runner.run(
          createActivity,
          {
            type: step.type,
            subject: words[step.subject],
            doneAt: now,
            dealId,
            outcome: words[step.outcome],
          },
          by,
        );
        return;
      case 'check': {
        const criterionId = world.stages[step.stage]!.checks[step.check]!;
        await runner.run(setDealCheck, { dealId, criterionId, done: true }, by);
        return;
      }
      case 'fill':
        if (step.owner !== undefined) owners[index] = step.owner;
        await runner.run(
          updateDeal,
          {
            dealId,
            ...(step.value === undefined ? {} : { value: step.value }),
            ...(step.expectedCloseDate === undefined
              ? {}
              : { expectedCloseDate: step.expectedCloseDate }),
            ...(step.owner === undefined ? {} : { ownerId: actor(step.owner).userId }),
          },
          // A deal changes hands through a manager: the head of sales passes it to the closer.
          step.owner === undefined ? by : world.actors[0]!,
        );
        return;
      case 'move':
        await runner.run(
          moveDeal,
          { dealId, stageId: world.stages[step.stage]!.id, ...override(step) },
          step.overrideBy === undefined ? by : actor(step.overrideBy),
        );
        return;
      case 'win':
        await runner.run(
          winDeal,
          { dealId, comment: plan.texts.winComments[step.comment]!, ...override(step) },
          step.overrideBy === undefined ? by : actor(step.overrideBy),
        );
        return;
      case 'lose': {
        const comments = plan.texts.lossComments[step.reason]!;
        await runner.run(
          loseDeal,
          {
            dealId,
            lostReasonId: world.lostReasonIds[step.reason]!,
            comment: comments[step.comment % comments.length]!,
          },
          by,
        );
        return;
      }
    }
  };
}
