// Deadlines and "overdue" are computed from this clock, never stored. Tests move it instead of sleeping.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that follows the system clock shifted by an offset, or stands still at a fixed time. */
export class AdjustableClock implements Clock {
  private offsetMs = 0;
  private fixed?: Date;

  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date(Date.now() + this.offsetMs);
  }

  /** Moves the clock forward (or back, with a negative amount). */
  advance(ms: number): void {
    if (this.fixed) this.fixed = new Date(this.fixed.getTime() + ms);
    else this.offsetMs += ms;
  }

  set(at: Date): void {
    this.fixed = new Date(at);
  }

  reset(): void {
    this.fixed = undefined;
    this.offsetMs = 0;
  }

  /** What another replica needs to show the same time. */
  state(): ClockState {
    return { offsetMs: this.offsetMs, fixed: this.fixed?.toISOString() ?? null };
  }

  apply(state: ClockState): void {
    this.offsetMs = state.offsetMs;
    this.fixed = state.fixed ? new Date(state.fixed) : undefined;
  }

  /** How far this clock is from the system clock, in milliseconds. */
  offset(): number {
    return this.fixed ? this.fixed.getTime() - Date.now() : this.offsetMs;
  }
}

export interface ClockState {
  offsetMs: number;
  fixed: string | null;
}

/** Pubsub topic on which a moved demo clock reaches every replica. */
export const CLOCK_CHANGED = 'clockChanged';

export const DAY_MS = 24 * 3600 * 1000;
