import { z } from 'zod';
import { submitForm } from '../app/submit-form.ts';
import { problems } from '../../../kernel/http/common-schemas.ts';
import { SubmissionBody, SubmissionSchema } from './schemas/forms.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';

const FormKeyParams = z.object({ formKey: z.string().min(1).max(100) });

/** Embedded on other sites: any origin may post, and read the JSON answer. */
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'content-type',
};

export function formSubmissionsRoutes(api: Api, { runner, config }: RouteContext) {
  api.post(
    '/forms/:formKey/submissions',
    {
      config: {
        public: true,
        crossSite: true,
        rateLimit: { max: config.formRateLimit, timeWindow: '1 minute' },
      },
      schema: {
        operationId: 'submitForm',
        tags: ['leads'],
        summary:
          'Public web-form capture (JSON or form-encoded): an inbound lead with the UTM source; a browser post is redirected (303) when the form has a redirectUrl; a field the form requires left empty → 422 form_field_required with `field` (the first) and `fields` (all), nothing stored',
        params: FormKeyParams,
        body: SubmissionBody,
        response: { 201: SubmissionSchema, 303: z.null(), ...problems(400, 404, 415, 422, 429) },
      },
    },
    async (request, reply) => {
      const { form } = await runner.runPublic(submitForm, {
        ...request.body,
        formKey: request.params.formKey,
      });
      reply.headers(CORS_HEADERS);
      const fromBrowserForm = request.headers['content-type']?.startsWith(
        'application/x-www-form-urlencoded',
      );
      if (fromBrowserForm && form.redirectUrl) return reply.redirect(form.redirectUrl, 303);
      return reply.status(201).send({ received: true as const, thankYouText: form.thankYouText });
    },
  );

  api.options(
    '/forms/:formKey/submissions',
    {
      config: { public: true, crossSite: true },
      schema: { hide: true, params: FormKeyParams },
    },
    async (_request, reply) => reply.status(204).headers(CORS_HEADERS).send(),
  );
}
