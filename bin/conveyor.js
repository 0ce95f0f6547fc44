#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so `conveyor` works straight after
// `npm install` with no build step (see docs/decisions/007-run-typescript-with-tsx.md).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
