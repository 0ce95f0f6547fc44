import { queryOptions } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../kernel/web/lib/api-client.ts';
import type { components, paths } from '../../../kernel/web/lib/api-schema.gen.ts';

export type WebForm = components['schemas']['Form'];
export type NewWebForm = NonNullable<
  paths['/api/v1/forms']['post']['requestBody']
>['content']['application/json'];
export type WebFormChanges = NonNullable<
  paths['/api/v1/forms/{id}']['patch']['requestBody']
>['content']['application/json'];

export const formsQuery = queryOptions({
  queryKey: ['forms', 'list'],
  queryFn: async () => (await unwrap(api.GET('/api/v1/forms'))).items,
});

export function createWebForm(body: NewWebForm): Promise<WebForm> {
  return unwrap(api.POST('/api/v1/forms', { body }));
}

export function updateWebForm(form: WebForm, body: WebFormChanges): Promise<WebForm> {
  return unwrap(
    api.PATCH('/api/v1/forms/{id}', {
      params: { path: { id: form.id } },
      headers: ifMatch(form.version),
      body,
    }),
  );
}

/** The public URL a site posts the form to. */
export function submissionUrl(form: WebForm, origin: string): string {
  return `${origin}/api/v1/forms/${form.key}/submissions`;
}
