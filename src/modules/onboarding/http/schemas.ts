import { z } from 'zod';
import { FIRST_STEPS, SEEN_PAGES } from '../../../contract/first-steps.ts';

export const FirstStepsSchema = z
  .object({
    steps: z
      .array(
        z.object({
          key: z
            .enum(FIRST_STEPS)
            .describe(
              '`invite`: someone else is a member or was invited; `pipeline`: the pipeline settings were opened or a pipeline saved; `deal`: a deal exists; `map`: the process map was opened',
            ),
          done: z.boolean(),
        }),
      )
      .describe('The four first steps, always all of them, in order'),
    complete: z.boolean().describe('Every step is done'),
    dismissed: z.boolean().describe('Put away by an admin or manager: the app opens on My day'),
  })
  .meta({ id: 'FirstSteps' });

export const SeenBody = z.object({
  page: z.enum(SEEN_PAGES).describe('The page that was opened'),
});

export const DismissBody = z.object({
  dismissed: z.boolean().describe('true puts the checklist away; false brings it back'),
});
