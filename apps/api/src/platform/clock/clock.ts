import { Inject, Injectable } from '@nestjs/common';
import type { RequestContext } from '../context/request-context';
import { OrganizationFactsReader } from '../tenancy/organization-facts';
import { dateInZone, DEFAULT_TIME_ZONE } from './time-zone';

/** Where the clock reads the current instant: the system's, or a test's pinned one. */
export interface TimeSource {
  now(): Date;
}

export const TIME_SOURCE = Symbol('TIME_SOURCE');

export const systemTime: TimeSource = { now: () => new Date() };

/**
 * The one clock of the API. A business date ("today", overdue, "not after today", the day a
 * reminder goes out) is the date in the organization's own time zone, never the server's or
 * UTC: at 23:30 in Los Angeles a deadline due that day is not yet overdue, though it is
 * already tomorrow in UTC. Tests pin the time source instead of faking global timers.
 */
@Injectable()
export class Clock {
  constructor(
    private readonly organizations: OrganizationFactsReader,
    @Inject(TIME_SOURCE) private readonly time: TimeSource,
  ) {}

  now(): Date {
    return this.time.now();
  }

  /** Today (`YYYY-MM-DD`) in a time zone. */
  todayIn(timeZone: string): string {
    return dateInZone(this.now(), timeZone);
  }

  /** The date an instant falls on in the request's organization's zone. */
  async dateOf(ctx: RequestContext, instant: Date): Promise<string> {
    return dateInZone(instant, await this.timeZone(ctx));
  }

  /** Today (`YYYY-MM-DD`) in the request's organization's time zone. */
  async today(ctx: RequestContext): Promise<string> {
    return this.todayIn(await this.timeZone(ctx));
  }

  /** The request's organization's IANA time zone (UTC with no organization). */
  async timeZone(ctx: RequestContext): Promise<string> {
    return (await this.organizations.of(ctx))?.timeZone ?? DEFAULT_TIME_ZONE;
  }
}
