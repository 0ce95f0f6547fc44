import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { formKeys } from '../keys.ts';

/** `GET /forms`: the workspace's web forms. */
export const formsQuery = queryOptions({
  queryKey: formKeys.lists,
  queryFn: async () => (await unwrap(api.GET('/api/v1/forms'))).items,
});
