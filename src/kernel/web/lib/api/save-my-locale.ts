import { api, unwrap } from '../api-client.ts';
import type { Language } from '../i18n.ts';

/** `PATCH /me`: the signed-in user's interface language; answers the session as it now is. */
export function saveMyLocale(locale: Language) {
  return unwrap(api.PATCH('/api/v1/me', { body: { locale } }));
}
