// The English texts of the "End-to-end" process map (seed 001, DOMAIN.md §3).
import type { EndToEndMapShape } from './end-to-end-map-shape.ts';
import type { MapTexts } from './process-map-assembly.ts';

export const END_TO_END_MAP_EN: MapTexts<EndToEndMapShape> = [
  {
    name: 'Conveyor management',
    result: 'Leads move along the conveyor quickly, and every stage meets its KPIs',
    processes: [
      {
        name: 'KPIs for every stage',
        description: 'Set indicators for every stage and step, tied to a SMART business goal.',
      },
      {
        name: 'Stage regulations',
        description: 'Write down how each stage is done and build it into the motivation system.',
      },
      {
        name: 'Statistics',
        description: 'Collect the numbers of every stage each week as evidence for changes.',
      },
      {
        name: 'Improvement (PDCA)',
        description: 'Fix one bottleneck at a time: plan, do, check, act, then the next one.',
      },
      {
        name: 'Feedback from salespeople',
        description: 'Ask the team what slows them down while the process changes.',
      },
    ],
    lamps: ['Overdue activities', 'Stuck deals', 'Median time in a stage'],
  },
  {
    name: 'Lead generation',
    result: 'Marketing Qualified Leads: leads that match the target customer profile',
    processes: [
      {
        name: 'Traffic',
        description: 'Bring a steady flow of potential customers for the salespeople.',
      },
      {
        name: 'Lead capture',
        description: 'Forms, calls and messages become leads with their source recorded.',
      },
      {
        name: 'Lead search',
        description: 'Find potential customers who fit the profile and reach out to them.',
      },
      {
        name: 'Profile check',
        description: 'Check each lead against the target customer profile.',
      },
    ],
    lamps: ['New leads', 'MOFU size', 'Marketing qualified leads'],
  },
  {
    name: 'Lead development',
    result: 'Sales Qualified Leads: the need formed and confirmed',
    processes: [
      {
        name: 'Qualification',
        description: 'The hunter checks the lead: need, budget, decision maker, timing.',
      },
      {
        name: 'Warming up',
        description: 'Repeat calls with useful material until the lead is ready to talk terms.',
      },
      {
        name: 'Forming the need',
        description: 'Help the customer see the problem and what it costs to leave it unsolved.',
      },
      {
        name: 'Handover to the closer',
        description: 'Pass the Sales Qualified Lead on along the conveyor.',
      },
    ],
    lamps: ['Time to first contact', 'Lead qualification rate', 'Sales qualified leads'],
  },
  {
    name: 'Conversion',
    result: 'Signed contracts',
    processes: [
      {
        name: 'Agreeing the order',
        description: 'The closer agrees what exactly the customer orders.',
      },
      {
        name: 'Price negotiation',
        description: 'Negotiate the price and terms; trade concessions, do not give them away.',
      },
      {
        name: 'Closing',
        description: 'Get the contract signed, or lose the deal with a reason from the list.',
      },
      {
        name: 'Working by the buying cycle',
        description: 'Follow how the customer buys, not how we sell: long cycles stall here.',
      },
    ],
    lamps: ['Deals without a next step', 'Win rate', 'Signed contracts'],
  },
  {
    name: 'Client fulfilment',
    result: 'Obligations delivered as agreed and the customer handed over to an account manager',
    processes: [
      {
        name: 'Kick-off',
        description: 'The closer introduces the client manager and agrees the plan of work.',
      },
      {
        name: 'Delivering the obligations',
        description: 'Deliver what the contract promises, on the agreed dates.',
      },
      {
        name: 'Invoice and payment',
        description: 'Invoice on time and check the payment arrives.',
      },
      {
        name: 'Handover',
        description: 'Hand the customer over to the account manager with the whole history.',
      },
    ],
    lamps: [
      'Contracts started on time, %',
      'Handover gaps between sales and service',
      'Obligations delivered on time, %',
    ],
  },
  {
    name: 'Account management',
    result: 'Repeat business: customers retained and developed',
    processes: [
      {
        name: 'A/B/C/D ranking',
        description: 'Rank customers by value and potential and set how often to talk to each.',
      },
      {
        name: 'Retention',
        description: 'Keep in touch on the agreed rhythm and solve problems before they grow.',
      },
      {
        name: 'Development',
        description: 'Look for additional sales: serving a customer is not enough.',
      },
      {
        name: 'Back to sales',
        description: 'Open a deal for every new opportunity and send it down the conveyor.',
      },
    ],
    lamps: [
      'Meetings with customers',
      'Offers after meetings, %',
      'New opportunities at existing customers',
    ],
  },
  {
    name: 'Key account management',
    result: 'Key customers retained and developed',
    processes: [
      {
        name: 'Choosing key accounts',
        description: 'Name the VIP customers: they can bring up to a fifth of the profit.',
      },
      {
        name: 'Account plan',
        description: 'A development plan for each key account, reviewed every quarter.',
      },
      {
        name: 'Executive meetings',
        description: 'The key account manager meets the customer’s decision makers regularly.',
      },
    ],
    lamps: [
      'Meetings with key accounts',
      'Key accounts with a current development plan, %',
      'Key accounts retained, %',
    ],
  },
];
