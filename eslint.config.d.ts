// Types of what tools/lint-boundaries.test.ts imports from eslint.config.js.
import type { Linter } from 'eslint';

/** Which modules each module may use (the declared module graph). */
export declare const MODULE_GRAPH: Readonly<Record<string, readonly string[]>>;
/** Throws when a graph names an unknown module or has a cycle. */
export declare function assertAcyclic(graph: Readonly<Record<string, readonly string[]>>): void;
declare const config: Linter.Config[];
export default config;
