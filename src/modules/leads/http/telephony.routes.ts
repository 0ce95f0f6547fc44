import { recordCallEvent } from '../app/telephony/record-call-event.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { problems } from '../../../kernel/http/common-schemas.ts';
import { CallEventBody, CallResultSchema } from './schemas/telephony.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';
import { presentCallResult } from './presenters/telephony.ts';

export function telephonyRoutes(api: Api, { runner }: RouteContext) {
  api.post(
    '/integrations/telephony/events',
    {
      config: { scope: 'integrations:telephony' },
      schema: {
        operationId: 'recordCallEvent',
        tags: ['leads'],
        summary:
          'Call events from telephony (a token with the integrations:telephony scope); idempotent by callId: a repeat answers 200 with the first result',
        body: CallEventBody,
        response: { 200: CallResultSchema, 201: CallResultSchema, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { result, replayed } = await runner.run(
        recordCallEvent,
        { ...request.body, startedAt: new Date(request.body.startedAt) },
        actorOf(request),
      );
      return reply.status(replayed ? 200 : 201).send(presentCallResult(result));
    },
  );
}
