import { randomBytes } from 'node:crypto';
import { insertForm, type FormRow } from '../../db/leads/forms-repo.ts';
import { newId } from '../../db/ids.ts';
import type { Deps } from '../context.ts';
import { requireManager } from '../conveyor/require-manager.ts';

export interface FormFields {
  name: string;
  medium?: string | null;
  campaign?: string | null;
  redirectUrl?: string | null;
  thankYouText?: string | null;
}

/** The medium a form's leads carry when neither the form nor the page's UTM names one. */
export const DEFAULT_FORM_MEDIUM = 'web_form';

/** A web form with an unguessable public key; managers and admins set them up. */
export async function createForm(input: FormFields, { actor, tx, clock }: Deps): Promise<FormRow> {
  requireManager(actor);
  const now = clock.now();
  return insertForm(tx, {
    workspaceId: actor.workspaceId,
    id: newId(),
    key: randomBytes(12).toString('base64url'),
    name: input.name,
    medium: input.medium ?? DEFAULT_FORM_MEDIUM,
    campaign: input.campaign ?? null,
    redirectUrl: input.redirectUrl ?? null,
    thankYouText: input.thankYouText ?? null,
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  });
}
