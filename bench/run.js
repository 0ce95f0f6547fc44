#!/usr/bin/env node
// `npm run bench`: runs the TypeScript benchmarks through tsx, like bin/conveyor.js does.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
