/**
 * The one source of "now" and "today". Rules never read the system clock: services ask the clock
 * and pass the date in. KINGA_TODAY pins today's date (training, demos, acceptance tests).
 */
export interface Clock {
  /** Today's calendar date as an ISO string, e.g. '2026-11-24'. */
  today(): string;
  /** The current instant. */
  now(): Date;
}

export function systemClock(): Clock {
  return { today: () => new Date().toISOString().slice(0, 10), now: () => new Date() };
}

/** A clock pinned to a date: the instant still moves, so token expiry keeps working. */
export function fixedDateClock(today: string): Clock {
  return { today: () => today, now: () => new Date() };
}

/** A fully settable clock for tests. */
export class TestClock implements Clock {
  private instant: Date;
  constructor(start: string | Date = '2026-01-15T09:00:00Z') {
    this.instant = new Date(start);
  }
  today(): string {
    return this.instant.toISOString().slice(0, 10);
  }
  now(): Date {
    return new Date(this.instant);
  }
  set(at: string | Date): void {
    this.instant = new Date(at);
  }
  advance(ms: number): void {
    this.instant = new Date(this.instant.getTime() + ms);
  }
}
