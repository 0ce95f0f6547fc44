import { isIP } from 'node:net';
import type { Clock } from '../../../kernel/app/context.ts';
import { DomainError } from '../../../kernel/domain/errors.ts';

export interface LoginThrottleOptions {
  /** Failed sign-ins one client address may have within `windowMs`, over every e-mail. */
  failuresPerAddress: number;
  windowMs: number;
  /** The delay after an account's second failure from an address; each further one doubles it. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** An account's failures from an address are forgotten after this long without another. */
  forgetAfterMs: number;
  /** At most this many addresses and as many accounts are remembered (the oldest go first). */
  maxEntries: number;
}

export const DEFAULT_THROTTLE: Omit<LoginThrottleOptions, 'failuresPerAddress'> = {
  windowMs: 60_000,
  baseDelayMs: 1_000,
  maxDelayMs: 5 * 60_000,
  forgetAfterMs: 60 * 60_000,
  maxEntries: 100_000,
};

/** What `admit` reserved; told back to the throttle with the outcome. */
export interface LoginAttempt {
  readonly address: string;
  readonly account: string;
  readonly windowStart: number;
}

interface AddressWindow {
  start: number;
  failures: number;
}

interface AccountFromAddress {
  failures: number;
  lastFailure: number;
  inFlight: boolean;
}

/**
 * The client address a throttle counts by: an IPv4 address as it is, an IPv6 one by its /64
 * (one subscriber usually holds a whole /64, so its addresses are one client).
 */
export function addressKey(ip: string): string {
  const plain = ip.split('%')[0]!.toLowerCase();
  if (isIP(plain) !== 6) return plain;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain);
  if (mapped) return mapped[1]!;
  const [head = '', tail] = plain.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const zeros = Array<string>(8 - headGroups.length - tailGroups.length).fill('0');
  const groups = tail === undefined ? headGroups : [...headGroups, ...zeros, ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

const limited = (retryAfterMs: number, message: string) =>
  new DomainError('rate_limited', message, { retryAfter: Math.max(1, retryAfterMs / 1000) });

/**
 * Sign-in throttling, in this process's memory (ADR 025). Two rules, both before any database or
 * hashing work, both answered 429 rate_limited with Retry-After:
 *
 * - per client address, over every e-mail: at most `failuresPerAddress` failed sign-ins in a
 *   window (spraying one password over many e-mails); an attempt counts from its start, so
 *   concurrent ones cannot slip past, and a success gives its count back;
 * - per account and address: after n ≥ 2 failures in a row the next attempt from that address
 *   waits base·2^(n−2) (1, 2, 4 … s, up to the cap; a first typo is free), one at a time. Never a lock: the account's
 *   owner on another address is not slowed by an attacker's failures. A success resets the
 *   account on every address.
 *
 * Unknown e-mails are counted exactly as known ones, so the answers reveal nothing.
 */
export class LoginThrottle {
  private readonly addresses = new Map<string, AddressWindow>();
  private readonly accounts = new Map<string, Map<string, AccountFromAddress>>();
  private readonly options: LoginThrottleOptions;

  constructor(
    options: Partial<LoginThrottleOptions> & Pick<LoginThrottleOptions, 'failuresPerAddress'>,
    private readonly clock: Clock,
  ) {
    this.options = { ...DEFAULT_THROTTLE, ...options };
  }

  /** Reserves an attempt, or throws 429 rate_limited saying when to come back. */
  admit(ip: string, email: string): LoginAttempt {
    const now = this.clock.now().getTime();
    const { windowMs, failuresPerAddress } = this.options;
    const address = addressKey(ip);
    const account = email.trim().toLowerCase();

    let window = this.addresses.get(address);
    if (!window || now - window.start >= windowMs) window = { start: now, failures: 0 };
    if (window.failures >= failuresPerAddress) {
      throw limited(
        window.start + windowMs - now,
        'Too many failed sign-ins from this address; try again later.',
      );
    }
    const remembered = this.accounts.get(account)?.get(address);
    const state =
      remembered &&
      now - remembered.lastFailure > this.options.forgetAfterMs &&
      !remembered.inFlight
        ? undefined
        : remembered;
    if (state?.inFlight) {
      throw limited(
        1_000,
        'A sign-in to this account is already under way; try again in a moment.',
      );
    }
    if (state && state.failures > 0) {
      const allowedAt = state.lastFailure + this.delayAfter(state.failures);
      if (now < allowedAt) {
        throw limited(allowedAt - now, 'Too many failed sign-ins to this account; wait a little.');
      }
    }

    window.failures++;
    this.remember(this.addresses, address, window);
    const fromAddress = this.accounts.get(account) ?? new Map<string, AccountFromAddress>();
    fromAddress.set(address, {
      failures: state?.failures ?? 0,
      lastFailure: state?.lastFailure ?? 0,
      inFlight: true,
    });
    this.remember(this.accounts, account, fromAddress);
    return { address, account, windowStart: window.start };
  }

  /** The password was right: the address gets its count back, the account starts afresh. */
  succeeded(attempt: LoginAttempt): void {
    this.giveBack(attempt);
    this.accounts.delete(attempt.account);
  }

  /** The password (or e-mail) was wrong: the account's delay from this address grows. */
  failed(attempt: LoginAttempt): void {
    const state = this.accounts.get(attempt.account)?.get(attempt.address);
    if (!state) return;
    state.failures++;
    state.lastFailure = this.clock.now().getTime();
    state.inFlight = false;
  }

  /** Neither (refused for load, or an error of ours): as if the attempt had not been made. */
  abandoned(attempt: LoginAttempt): void {
    this.giveBack(attempt);
    const state = this.accounts.get(attempt.account)?.get(attempt.address);
    if (state) state.inFlight = false;
  }

  /** How long an account waits after `failures` failures in a row: a first typo costs nothing. */
  delayAfter(failures: number): number {
    const { baseDelayMs, maxDelayMs } = this.options;
    if (failures < 2) return 0;
    return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(failures - 2, 30));
  }

  private giveBack(attempt: LoginAttempt): void {
    const window = this.addresses.get(attempt.address);
    if (window && window.start === attempt.windowStart && window.failures > 0) window.failures--;
  }

  /**
   * Stores an entry as the newest; past `maxEntries`, the least recently touched tenth goes, so
   * memory stays bounded whatever a client sends.
   */
  private remember<V>(map: Map<string, V>, key: string, value: V): void {
    map.delete(key);
    map.set(key, value);
    if (map.size <= this.options.maxEntries) return;
    for (const k of map.keys()) {
      if (map.size <= this.options.maxEntries * 0.9) break;
      map.delete(k);
    }
  }
}
