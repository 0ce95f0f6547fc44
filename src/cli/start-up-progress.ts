// What the server is doing before it can answer for real: the steps of a start, each waiting,
// running or done (the demo with its percentage). The starting page shows them (starting-page.ts).

export type StartStepKey = 'database' | 'web' | 'demo';

export interface StartStep {
  key: StartStepKey;
  state: 'waiting' | 'running' | 'done';
  /** How far a step that can tell is (the demo: steps lived of the plan), 0–100. */
  percent: number | null;
}

export class StartUpProgress {
  private readonly steps = new Map<StartStepKey, StartStep>();
  readonly startedAt = Date.now();

  /** Announces a step before it runs, so the page lists it from the start. */
  plan(key: StartStepKey): void {
    if (!this.steps.has(key)) this.steps.set(key, { key, state: 'waiting', percent: null });
  }

  /** Runs `work` as the step, marking it running, then done. */
  async track<T>(key: StartStepKey, work: () => Promise<T>): Promise<T> {
    this.plan(key);
    const step = this.steps.get(key)!;
    step.state = 'running';
    try {
      return await work();
    } finally {
      step.state = 'done';
      if (step.percent !== null) step.percent = 100;
    }
  }

  /** Reports part of a running step (done of total). */
  update(key: StartStepKey, done: number, total: number): void {
    const step = this.steps.get(key);
    if (step) step.percent = total === 0 ? 100 : Math.min(100, Math.floor((done * 100) / total));
  }

  /** What the starting page reads: the steps in the order they were announced. */
  snapshot(): { steps: StartStep[]; seconds: number } {
    return {
      steps: [...this.steps.values()].map((step) => ({ ...step })),
      seconds: Math.round((Date.now() - this.startedAt) / 1000),
    };
  }
}
