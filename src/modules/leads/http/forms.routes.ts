import { z } from 'zod';
import { createForm } from '../app/create-form.ts';
import { listForms } from '../app/list-forms.ts';
import { updateForm } from '../app/update-form.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { presentForm } from './presenters/leads.ts';
import { IdParams, problems } from '../../../kernel/http/common-schemas.ts';
import { FormBody, FormPatchBody, FormSchema } from './schemas/forms.ts';
import { expectedVersion, withEtag } from '../../../kernel/http/versioning.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';

export function formsRoutes(api: Api, { runner }: RouteContext) {
  api.post(
    '/forms',
    {
      schema: {
        operationId: 'createForm',
        tags: ['leads'],
        summary: 'Define a web form (managers and admins); its key makes the public submission URL',
        body: FormBody,
        response: { 201: FormSchema, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const form = await runner.run(createForm, request.body, actorOf(request));
      return reply.status(201).header('etag', `"${form.version}"`).send(presentForm(form));
    },
  );

  api.get(
    '/forms',
    {
      schema: {
        operationId: 'listForms',
        tags: ['leads'],
        summary: "The workspace's web forms",
        response: { 200: z.object({ items: z.array(FormSchema) }), ...problems(401, 403) },
      },
    },
    async (request) => ({
      items: (await runner.read(listForms, undefined, actorOf(request))).map(presentForm),
    }),
  );

  api.patch(
    '/forms/:id',
    {
      schema: {
        operationId: 'updateForm',
        tags: ['leads'],
        summary: 'Edit a web form (If-Match); active=false refuses its submissions (404)',
        params: IdParams,
        body: FormPatchBody,
        response: { 200: FormSchema, ...problems(400, 401, 403, 404, 412) },
      },
    },
    async (request, reply) => {
      const form = await runner.run(
        updateForm,
        { ...request.body, formId: request.params.id, expectedVersion: expectedVersion(request) },
        actorOf(request),
      );
      return withEtag(reply, presentForm(form));
    },
  );
}
