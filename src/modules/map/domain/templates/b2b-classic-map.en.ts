// The English texts of the "B2B classic" process map (seed 000, DOMAIN.md §1–2).
import type { B2bClassicMapShape } from './b2b-classic-map-shape.ts';
import type { MapTexts } from './process-map-assembly.ts';

export const B2B_CLASSIC_MAP_EN: MapTexts<B2bClassicMapShape> = [
  {
    name: 'Strategy',
    result: 'A strategy the market confirms: who we sell to, their problems and the value we offer',
    processes: [
      {
        name: 'Buyer personas',
        description: 'Describe the segments, the people in them, their problems and challenges.',
      },
      {
        name: 'Buyer persona review',
        description:
          'Check the personas still hold, on a fixed rhythm: monthly, half-yearly or yearly.',
      },
      {
        name: 'Value proposition',
        description: 'Say what value we offer each persona and why it beats the alternatives.',
      },
      {
        name: 'Market check',
        description: 'Regularly check how the strategy works in the market and correct it.',
      },
    ],
    lamps: [
      'Customer interviews for the buyer personas',
      'Buyer persona accuracy, %',
      'New customers from the target segments, %',
    ],
  },
  {
    name: 'Management',
    result: 'A team that runs its processes even when the manager is away',
    processes: [
      {
        name: 'Monthly plan',
        description: 'Once a month, set the plan with every team and send them to work.',
      },
      {
        name: 'Weekly meeting',
        description: 'Review the lamps of every group and agree what to fix this week.',
      },
      {
        name: 'Daily stand-up',
        description: 'A short daily meeting: what was done yesterday, what today, what blocks.',
      },
      {
        name: 'Funnel clean-up',
        description: 'Move stuck deals on or lose them with a reason from the list.',
      },
      {
        name: 'CRM upkeep',
        description: 'Keep stages, criteria, loss reasons and data in the CRM in order.',
      },
    ],
    lamps: ['Overdue activities', 'Stuck deals', 'Monthly plan achieved, %'],
  },
  {
    name: 'Prospecting',
    result: 'Prospecting leads: prospects who answered “yes, let’s talk”',
    processes: [
      {
        name: 'Contact base',
        description: 'Build the list of prospects that match the buyer personas.',
      },
      {
        name: 'E-mail content',
        description: 'Write the messages of the sequence for each persona.',
      },
      {
        name: 'Campaign',
        description: 'Send the campaign and follow up on the agreed days.',
      },
      {
        name: 'Weekly analysis',
        description: 'Every week, check reach, replies and leads, and adjust the campaign.',
      },
    ],
    lamps: ['Prospects reached', 'Prospects who replied', 'Prospecting leads'],
  },
  {
    name: 'Marketing',
    result: 'Marketing leads: people matching the customer profile who came to us',
    processes: [
      {
        name: 'Blog content',
        description: 'Publish articles for the personas on a regular schedule.',
      },
      {
        name: 'New campaigns',
        description: 'Plan and launch campaigns that bring new traffic.',
      },
      {
        name: 'Landing pages',
        description: 'Build pages with a form that turn visitors into leads.',
      },
      {
        name: 'E-mail campaigns',
        description: 'Send newsletters and offers to the contact base.',
      },
      {
        name: 'Lead nurturing',
        description: 'Warm up leads not ready to buy until they are.',
      },
    ],
    lamps: ['Inbound leads', 'MOFU size', 'Marketing leads (MQL)'],
  },
  {
    name: 'Qualification',
    result: 'Qualified leads: leads worth a salesperson’s time',
    processes: [
      {
        name: 'First contact',
        description: 'Contact a new lead quickly, while the interest is fresh.',
      },
      {
        name: 'Qualifying call',
        description: 'Ask about the need, the budget, the decision maker and the timing.',
      },
      {
        name: 'Criteria check',
        description: 'Check the lead against the qualification rules; disqualify with a reason.',
      },
      {
        name: 'Handover to sales',
        description: 'Pass the qualified lead to sales with everything learned so far.',
      },
    ],
    lamps: ['Time to first contact', 'Lead qualification rate', 'Sales qualified leads'],
  },
  {
    name: 'Sales',
    result: 'New customers: qualified leads turned into signed contracts',
    processes: [
      {
        name: 'Sales process',
        description: 'Identification, qualification, offer and negotiation, stage by stage.',
      },
      {
        name: 'Preparing the offer',
        description: 'Prepare a professional offer from the templates and send it on time.',
      },
      {
        name: 'Pricing',
        description: 'Price the offer from the price lists and the agreed margins.',
      },
      {
        name: 'Check with production',
        description: 'Confirm with production that the dates and scope can be delivered.',
      },
      {
        name: 'Negotiation',
        description: 'Agree price, dates, delivery and contract terms; trade concessions.',
      },
    ],
    lamps: ['Deals without a next step', 'Win rate', 'New contracts'],
  },
  {
    name: 'Customer service',
    result: 'Orders delivered as agreed and satisfied customers',
    processes: [
      {
        name: 'Taking a request',
        description: 'Record every customer request in one place.',
      },
      {
        name: 'Handling the request',
        description: 'Work on the request and keep the customer informed.',
      },
      {
        name: 'Order fulfilment',
        description: 'Take the order through its fulfilment stages to delivery.',
      },
      {
        name: 'Closing the request',
        description: 'Close the request once the customer confirms it is solved.',
      },
      {
        name: 'E-mail communication',
        description: 'Answer customers’ e-mails within the agreed time.',
      },
      {
        name: 'Complaints',
        description: 'Accept and settle complaints by the complaints procedure.',
      },
    ],
    lamps: [
      'Requests awaiting an answer',
      'Request handling time, hours',
      'Customer satisfaction (NPS)',
    ],
  },
  {
    name: 'Cross-selling and upselling',
    result: 'Additional sales to customers who already buy from us',
    processes: [
      {
        name: 'Upsell map',
        description: 'Who sells what to whom, and when: in sales and in customer service.',
      },
      {
        name: 'List of arguments',
        description: 'Arguments for each additional product and the objections they answer.',
      },
      {
        name: 'When to upsell',
        description: 'The rules for when we offer more and when we do not.',
      },
    ],
    lamps: [
      'Customers offered an upsell',
      'Upsell offers accepted, %',
      'Cross-sell and upsell deals won',
    ],
  },
  {
    name: 'Account management',
    result: 'New opportunities at existing customers, sent back to sales',
    processes: [
      {
        name: 'A/B/C/D ranking',
        description: 'Rank existing customers by their value and potential.',
      },
      {
        name: 'Contact cadence',
        description: 'Talk to A customers most often, then B, C and D, as written down.',
      },
      {
        name: 'Customer conversation',
        description: 'Run the conversation by the script and look for new needs.',
      },
      {
        name: 'Back to sales',
        description: 'Open a deal for every new opportunity and pass it to sales.',
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
    result: 'VIP customers retained and developed',
    processes: [
      {
        name: 'Choosing key accounts',
        description: 'Name the customers that make up a large share of the profit.',
      },
      {
        name: 'Account plan',
        description: 'A development plan for each key account, reviewed every quarter.',
      },
      {
        name: 'Executive meetings',
        description: 'Regular meetings with the customer’s decision makers.',
      },
    ],
    lamps: [
      'Meetings with key accounts',
      'Key accounts with a current development plan, %',
      'Key accounts retained, %',
    ],
  },
];
