export { onboardingWeb } from './routes.tsx';
export { landingPage } from './landing-page.ts';
export { useFirstStepTracker } from './use-first-step-tracker.ts';
