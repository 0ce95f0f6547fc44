import { createContact } from '../app/create-contact.ts';
import { getContact } from '../app/get-contact.ts';
import { listContacts } from '../app/list-contacts.ts';
import { updateContact } from '../app/update-contact.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { presentContact } from './presenters.ts';
import { ContactBody, ContactPatchBody, ContactSchema, SearchQuery } from './schemas.ts';
import { Id } from '../../../kernel/http/common-schemas.ts';
import { IdParams, PageQuery, pageOf, problems } from '../../../kernel/http/common-schemas.ts';
import { expectedVersion, withEtag } from '../../../kernel/http/versioning.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';

export function contactsRoutes(api: Api, { runner }: RouteContext) {
  api.post(
    '/contacts',
    {
      schema: {
        operationId: 'createContact',
        tags: ['accounts'],
        summary:
          'Create a contact; it may belong to a company; an e-mail or phone already used by another contact is 409 duplicate',
        body: ContactBody,
        response: { 201: ContactSchema, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const contact = await runner.run(createContact, request.body, actorOf(request));
      return reply.status(201).header('etag', `"${contact.version}"`).send(presentContact(contact));
    },
  );

  api.get(
    '/contacts',
    {
      schema: {
        operationId: 'listContacts',
        tags: ['accounts'],
        summary: 'Contacts by name; q searches name, e-mail and phone; companyId filters',
        querystring: PageQuery.extend(SearchQuery.shape).extend({ companyId: Id.optional() }),
        response: { 200: pageOf(ContactSchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { q, companyId, limit, cursor } = request.query;
      const page = await runner.run(
        listContacts,
        { q: q || null, companyId: companyId ?? null, limit, cursor: cursor ?? null },
        actorOf(request),
      );
      return { items: page.items.map(presentContact), nextCursor: page.nextCursor };
    },
  );

  api.get(
    '/contacts/:id',
    {
      schema: {
        operationId: 'getContact',
        tags: ['accounts'],
        summary: 'One contact',
        params: IdParams,
        response: { 200: ContactSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const contact = await runner.read(
        getContact,
        { contactId: request.params.id },
        actorOf(request),
      );
      return withEtag(reply, presentContact(contact));
    },
  );

  api.patch(
    '/contacts/:id',
    {
      schema: {
        operationId: 'updateContact',
        tags: ['accounts'],
        summary: 'Change a contact (If-Match: its version, else 412)',
        params: IdParams,
        body: ContactPatchBody,
        response: { 200: ContactSchema, ...problems(400, 401, 403, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      const contact = await runner.run(
        updateContact,
        {
          ...request.body,
          contactId: request.params.id,
          expectedVersion: expectedVersion(request),
        },
        actorOf(request),
      );
      return withEtag(reply, presentContact(contact));
    },
  );
}
