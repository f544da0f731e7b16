import type { TimeSource } from '../../src/platform/clock/clock';

/**
 * The API's time source in a test: the real time until pinned, then the pinned instant until
 * moved. Passed to `TestApi.start(env, { time })`; global timers are never faked (jobs, pools
 * and HTTP keep running on real time).
 */
export class TestTime implements TimeSource {
  private pinned: Date | null = null;

  now(): Date {
    return new Date(this.pinned ?? Date.now());
  }

  /** Pins the clock at an instant (`2026-03-18T06:30:00Z`). */
  pin(instant: string | Date): void {
    const at = new Date(instant);
    if (Number.isNaN(at.getTime())) throw new Error(`not an instant: ${String(instant)}`);
    this.pinned = at;
  }

  release(): void {
    this.pinned = null;
  }
}
