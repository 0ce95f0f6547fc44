import { DomainError } from '../../../kernel/domain/errors.ts';

/**
 * A small semaphore for password hashing (ADR 025). scrypt runs on libuv's thread pool, off the
 * event loop, but each hash takes a core for about half a second and 64 MiB: unbounded, a storm
 * of sign-ins would take every core and the pool's four threads from everything else. At most
 * `slots` hashes run at once; up to `queueLimit` more wait their turn, in order; beyond that a
 * caller is refused at once with 429 rate_limited rather than queued without end.
 */
export class HashingGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    readonly slots: number,
    readonly queueLimit: number,
  ) {}

  /** Hashes running and waiting now (for tests and the bench). */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running < this.slots) {
      this.running++;
    } else {
      if (this.waiting.length >= this.queueLimit) {
        throw new DomainError('rate_limited', 'Too many sign-ins at once; try again in a moment.', {
          retryAfter: 1,
        });
      }
      // The slot is handed over by the caller that finishes: `running` stays as it is.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
