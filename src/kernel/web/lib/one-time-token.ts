import { useSyncExternalStore } from 'react';

/** Holds the API token returned by setup until the user has seen it; never persisted. */
let token: string | null = null;
const listeners = new Set<() => void>();

export function showTokenOnce(value: string): void {
  token = value;
  listeners.forEach((l) => l());
}

export function forgetToken(): void {
  token = null;
  listeners.forEach((l) => l());
}

export function useOneTimeToken(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => token,
  );
}
