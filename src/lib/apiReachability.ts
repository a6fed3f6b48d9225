import { ApiError, CONTRACT_DRIFT_TITLE } from './apiClient';

/**
 * Whether an error may mean the API cannot be reached at all: no answer (the client's own 503), or a gateway's
 * 502/503/504. A 502 the client raises for an answer outside the contract is an answer, so it does not count.
 */
export function mayBeUnreachable(err: unknown): boolean {
  return err instanceof ApiError && [502, 503, 504].includes(err.status) && err.problem.title !== CONTRACT_DRIFT_TITLE;
}

export interface ReachabilitySnapshot {
  down: boolean;
  checking: boolean;
}

export interface ReachabilityOptions {
  /** Asks the API whether it is there (the health endpoint); rejects when it is not. */
  probe: () => Promise<unknown>;
  /** Called once the API answers again after being down, e.g. to refetch what failed meanwhile. */
  onRecovered?: () => void;
  /** Waits between probes while down: short at first, then backing off to the last value. */
  retryDelaysMs?: readonly number[];
}

const DEFAULT_DELAYS = [2_000, 5_000, 10_000, 30_000];

/**
 * The API's reachability, as one small store the whole app shares. A failed request only raises a suspicion:
 * the health endpoint is asked before saying the API is down, so a view's own error (a storage fault answered
 * as 503, say) does not turn into a misleading banner. While down it keeps probing, backing off, and any
 * successful answer (a probe or an ordinary request) ends it.
 */
export function createReachability({ probe, onRecovered, retryDelaysMs = DEFAULT_DELAYS }: ReachabilityOptions) {
  let snapshot: ReachabilitySnapshot = { down: false, checking: false };
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;

  const set = (next: Partial<ReachabilitySnapshot>) => {
    snapshot = { ...snapshot, ...next };
    for (const l of listeners) l();
  };
  const schedule = () => {
    clearTimeout(timer);
    const delay = retryDelaysMs[Math.min(attempt, retryDelaysMs.length - 1)] ?? 30_000;
    attempt += 1;
    timer = setTimeout(() => void check(), delay);
  };

  async function check() {
    if (snapshot.checking) return;
    clearTimeout(timer);
    set({ checking: true });
    try {
      await probe();
      answered();
    } catch {
      set({ down: true, checking: false });
      schedule();
    }
  }

  /** Any answer from the API: it is reachable. */
  function answered() {
    const wasDown = snapshot.down;
    clearTimeout(timer);
    attempt = 0;
    if (wasDown || snapshot.checking) set({ down: false, checking: false });
    if (wasDown) onRecovered?.();
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** A request failed in a way that may mean the API is gone: check, unless already known or checking. */
    suspect(err: unknown) {
      if (!mayBeUnreachable(err) || snapshot.down) return;
      void check();
    },
    answered,
    /** The user asked to try now (or the browser came back online). */
    retryNow: () => void check(),
    stop: () => clearTimeout(timer),
  };
}

export type Reachability = ReturnType<typeof createReachability>;
