// Executes the leads phase's steps through the use cases the API calls: web-form submissions
// (public, as a visitor's browser sends them), call events (as the telephony integration),
// leads entered by hand, touches, status changes, disqualification, conversion into the deal,
// and the monthly channel costs. Routed leads act as whoever round robin gave them to.
import { completeActivity } from '../../conveyor/index.ts';
import { createActivity } from '../../conveyor/index.ts';
import { listActivities } from '../../conveyor/index.ts';
import { putChannelCost } from '../../analytics/index.ts';
import type { Actor } from '../../../kernel/app/context.ts';
import { recordCallEvent } from '../../leads/index.ts';
import { changeLeadStatus } from '../../leads/index.ts';
import { convertLead } from '../../leads/index.ts';
import { createForm } from '../../leads/index.ts';
import { createLead } from '../../leads/index.ts';
import { disqualifyLead, listDisqualificationReasons } from '../../leads/index.ts';
import { submitForm } from '../../leads/index.ts';
import { updateLead } from '../../leads/index.ts';
import type { Runner } from '../../../kernel/app/runner.ts';
import type { ChannelKey } from './demo-channels.ts';
import { LEAD_PROFILES } from './demo-lead-profiles.ts';
import { CREW } from './demo-people.ts';
import type { DemoPlan } from './demo-plan.ts';
import type { DemoWorld } from './demo-setup.ts';
import type { Step } from './demo-steps.ts';

type LeadOrCostStep = Extract<Step, { lead: number } | { do: 'cost' }>;

/** The company's own number, the one its customers call. */
const OWN_NUMBER: Record<string, string> = {
  GB: '+442079460000',
  PL: '+48226000000',
  RU: '+74951000000',
};

/**
 * For each of the demo's drop stories (LeadTexts.disqualifyReasons), the position of the
 * standard reason it is filed under: not our target, no need, unreachable, no need, not our
 * target (not a buyer), duplicate, no need (signed elsewhere). Only cold reasons: a warm one
 * plans a revisit task, and the demo does not yet work its revisits, so they would pile up as
 * overdue activities.
 */
const DROP_REASON = [0, 1, 4, 1, 0, 5, 1] as const;

export async function demoLeadRunner(runner: Runner, plan: DemoPlan, world: DemoWorld) {
  const words = plan.texts.leads;
  const admin = world.actors[CREW.headOfSales]!;
  const forms = {
    contact: (await runner.run(createForm, { name: words.forms.contact }, admin)).key,
    demo: (
      await runner.run(
        createForm,
        { name: words.forms.demo, medium: 'cpc' satisfies ChannelKey },
        admin,
      )
    ).key,
  };
  // The workspace's standard disqualification reasons, in list order (the demo's own words
  // for why each lead was dropped go into the comment).
  const reasons = await runner.read(listDisqualificationReasons, { active: true }, admin);
  const leadIds: string[] = [];
  /** Roster index of each lead's owner; null while it waits in the queue. */
  const owners: (number | null)[] = [];
  /** The reply task or callback the entry point planned, done with the first touch. */
  const pending = new Map<number, { id: string; type: string }>();
  const rosterOf = (userId: string | null) => {
    const index = userId ? world.actors.findIndex((a) => a.userId === userId) : -1;
    return index < 0 ? null : index;
  };
  // A lead in the queue is picked up by the inbound team's manager, a hunter without a limit.
  const actorOf = (lead: number): Actor => world.actors[owners[lead] ?? CREW.managers[0]]!;

  async function followUpOf(lead: number) {
    const page = await runner.run(
      listActivities,
      {
        dealId: null,
        leadId: leadIds[lead]!,
        ownerId: null,
        state: 'planned',
        teamId: null,
        dueBefore: null,
        dueAfter: null,
        limit: 1,
        cursor: null,
      },
      admin,
    );
    const task = page.items[0];
    if (task) pending.set(lead, { id: task.id, type: task.type });
    owners[lead] = rosterOf(task?.ownerId ?? null);
  }

  async function open(lead: number, now: Date) {
    const planned = plan.leads[lead]!;
    const entry = LEAD_PROFILES[planned.key]!.entry;
    const source = {
      channel: entry === 'prospect' ? ('outbound' as const) : ('inbound' as const),
      medium: planned.key,
      campaign: planned.campaign,
    };
    if (entry === 'form') {
      const submitted = await runner.runPublic(submitForm, {
        formKey: planned.key === 'cpc' ? forms.demo : forms.contact,
        name: planned.name,
        email: planned.email ?? undefined,
        phone: planned.phone ?? undefined,
        company: planned.companyName ?? undefined,
        message: planned.message ?? undefined,
        utm_source: planned.utmSource ?? undefined,
        utm_medium: planned.key === 'cpc' ? 'cpc' : undefined,
        utm_campaign: planned.campaign ?? undefined,
      });
      leadIds[lead] = submitted.leadId!;
      await followUpOf(lead);
    } else if (entry === 'call') {
      const { result } = await runner.run(
        recordCallEvent,
        {
          callId: `demo-call-${lead}`,
          direction: 'inbound',
          from: planned.phone!,
          to: OWN_NUMBER[plan.texts.country]!,
          status: 'missed',
          startedAt: now,
        },
        admin,
      );
      leadIds[lead] = result.leadId!;
      await followUpOf(lead);
    } else {
      const created = await runner.run(
        createLead,
        {
          name: planned.name,
          companyName: planned.companyName,
          email: planned.email,
          phone: planned.phone,
          source,
          ...(planned.owner === null ? {} : { ownerId: world.actors[planned.owner]!.userId }),
        },
        world.actors[planned.by]!,
      );
      leadIds[lead] = created.id;
      owners[lead] = rosterOf(created.ownerId);
    }
  }

  async function touch(step: Extract<Step, { do: 'leadTouch' }>, now: Date) {
    const by = actorOf(step.lead);
    const leadId = leadIds[step.lead]!;
    const outcome = words.activities[step.outcome];
    const followUp = pending.get(step.lead);
    pending.delete(step.lead);
    if (followUp?.type === 'call') {
      // The callback of a missed call is the first contact; now the caller has a name.
      await runner.run(completeActivity, { activityId: followUp.id, outcome }, by);
      const planned = plan.leads[step.lead]!;
      await runner.run(
        updateLead,
        { leadId, name: planned.name, companyName: planned.companyName, email: planned.email },
        by,
      );
      return;
    }
    if (followUp) {
      await runner.run(
        completeActivity,
        { activityId: followUp.id, outcome: words.activities.taskDone },
        by,
      );
    }
    await runner.run(
      createActivity,
      {
        type: step.type,
        subject: words.activities[step.subject],
        doneAt: now,
        leadId,
        outcome,
      },
      by,
    );
  }

  async function run(step: LeadOrCostStep, now: Date): Promise<void> {
    if (step.do === 'cost') {
      const { month, channel, medium, amount } = step;
      await runner.run(putChannelCost, { month, channel, medium, campaign: null, amount }, admin);
      return;
    }
    const leadId = leadIds[step.lead]!;
    switch (step.do) {
      case 'leadOpen':
        return open(step.lead, now);
      case 'leadTouch':
        return touch(step, now);
      case 'leadCallIn': {
        const owner = owners[step.lead] ?? CREW.managers[0];
        const seconds = 120 + ((step.lead * 37) % 600);
        await runner.run(
          recordCallEvent,
          {
            callId: `demo-call-${step.lead}-in`,
            direction: 'inbound',
            from: plan.leads[step.lead]!.phone!,
            to: OWN_NUMBER[plan.texts.country]!,
            status: 'answered',
            startedAt: new Date(now.getTime() - seconds * 1000),
            durationSeconds: seconds,
            agent: plan.people[owner]!.email,
          },
          admin,
        );
        return;
      }
      case 'leadStatus':
        await runner.run(changeLeadStatus, { leadId, status: step.status }, actorOf(step.lead));
        return;
      case 'leadDrop':
        await runner.run(
          disqualifyLead,
          {
            leadId,
            reasonId: reasons[DROP_REASON[step.reason]!]!.id,
            comment: words.disqualifyReasons[step.reason]!,
          },
          actorOf(step.lead),
        );
        return;
    }
  }

  /** Converts deal `deal`'s lead (an SQL by now) into the deal; the deal keeps its source. */
  async function convert(deal: number) {
    const planned = plan.deals[deal]!;
    const lead = planned.lead!;
    const { deal: view } = await runner.run(
      convertLead,
      { leadId: leadIds[lead]!, pipelineId: world.pipelineId, title: planned.title },
      actorOf(lead),
    );
    return {
      dealId: view.deal.id,
      owner: rosterOf(view.deal.ownerId) ?? planned.opener,
      companyId: view.deal.companyId,
      contactId: view.deal.contactId,
    };
  }

  return { run, convert };
}
