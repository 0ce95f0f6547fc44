export { DEMO_PASSWORD } from './app/demo-people.ts';
export { DEMO_SIZES, type DemoSize } from './app/demo-plan.ts';
export { type DemoResult, runDemo } from './app/run-demo.ts';
export { type DemoSignIn, findDemoSignIns } from './app/find-demo-sign-ins.ts';
