import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useShortcuts } from '../shortcuts/use-shortcuts.tsx';
import type { Deal } from '../api/types.ts';

// The activities panel marks its call note, its "Plan next" toggle and its planning panel with
// data-shortcut: the page's keys reach them without the panel growing an imperative API.
const find = (name: string) => document.querySelector<HTMLElement>(`[data-shortcut="${name}"]`);

function focusCallNote() {
  const note = find('log-call');
  note?.focus();
  note?.scrollIntoView({ block: 'center' });
}

/** Calls `then` with what `find` finds once React has drawn it (a few frames at most). */
function whenDrawn(find: () => HTMLElement | null | undefined, then: (el: HTMLElement) => void) {
  let frames = 30;
  const look = () => {
    const el = find();
    if (el) then(el);
    else if (frames-- > 0) requestAnimationFrame(look);
  };
  look();
}

/** The planning form's subject: its last text field. */
const subjectIn = (panel: HTMLElement) =>
  [...panel.querySelectorAll<HTMLInputElement>('input[type="text"], input:not([type])')].at(-1);

/** Opens "Plan next" and its form, then puts the cursor in the subject. */
function planNextStep() {
  const toggle = find('plan-next');
  if (!toggle) return;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  whenDrawn(
    () => find('plan-panel'),
    (panel) => {
      if (!panel.querySelector('input')) panel.querySelector('button')?.click();
      whenDrawn(
        () => subjectIn(panel),
        (subject) => {
          subject.focus();
          subject.scrollIntoView({ block: 'center' });
        },
      );
    },
  );
}

/**
 * The deal card's keys: E edit, L log a call, P plan the next step, W win, O lose, B back to the
 * board, ? the list. Changing keys are listed but do nothing on a deal the person may not change
 * or that is closed.
 */
export function useDealShortcuts(
  deal: Deal | undefined,
  can: { edit: boolean; onEdit: () => void; onWin: () => void; onLose: () => void },
) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const changeable = deal !== undefined && can.edit;
  const open = changeable && deal.status === 'open';
  return useShortcuts(t('shortcuts.deal'), [
    { key: 'e', label: t('shortcuts.edit'), run: can.onEdit, disabled: !changeable },
    { key: 'l', label: t('shortcuts.logCall'), run: focusCallNote, disabled: !deal },
    { key: 'p', label: t('shortcuts.plan'), run: planNextStep, disabled: !deal },
    { key: 'w', label: t('shortcuts.win'), run: can.onWin, disabled: !open },
    { key: 'o', label: t('shortcuts.lose'), run: can.onLose, disabled: !open },
    { key: 'b', label: t('shortcuts.toBoard'), run: () => void navigate({ to: '/board' }) },
  ]);
}
