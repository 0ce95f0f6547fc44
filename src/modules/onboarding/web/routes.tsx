import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { isManager, ROLES } from '../../../contract/roles.ts';
import { appFrame } from '../../../kernel/web/app/frames.ts';
import type { NavEntry, WebModule } from '../../../kernel/web/app/web-module.ts';

const firstSteps = createRoute({
  getParentRoute: () => appFrame,
  path: '/first-steps',
  component: lazyRouteComponent(() => import('./first-steps-page.tsx'), 'FirstStepsPage'),
});
const pages = [firstSteps] as const;

/** Put away or not, the checklist stays in the menu for the people who run the workspace. */
const onboardingNav: readonly NavEntry[] = [
  { to: '/first-steps', label: 'firstSteps.nav', order: 95, roles: ROLES.filter(isManager) },
];

/** What the onboarding module gives the web app (listed in src/web/modules.ts). */
export const onboardingWeb = {
  name: 'onboarding',
  pages,
  nav: onboardingNav,
} satisfies WebModule;
