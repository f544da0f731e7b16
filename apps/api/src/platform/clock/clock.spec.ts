import { RequestContext } from '../context/request-context';
import type { UnitOfWork } from '../database/unit-of-work';
import { OrganizationFactsReader } from '../tenancy/organization-facts';
import { Clock, type TimeSource } from './clock';

/** A unit of work whose one query answers the organization's zone, counting the reads. */
function fakeUnitOfWork(zones: Record<string, string>) {
  const reads: string[] = [];
  const manager = {
    query: (_sql: string, [id]: [string]) => {
      reads.push(id);
      return Promise.resolve(zones[id] ? [{ time_zone: zones[id], settings: {} }] : []);
    },
  };
  return {
    unitOfWork: { manager: () => Promise.resolve(manager) } as unknown as UnitOfWork,
    reads,
  };
}

function contextIn(organizationId: string | null): RequestContext {
  const ctx = new RequestContext();
  ctx.actor = organizationId
    ? { userId: 'u', sessionId: null, organizationId, role: 'ADVOCATE' }
    : null;
  return ctx;
}

describe(Clock.name, () => {
  const at: TimeSource = { now: () => new Date('2026-01-21T07:30:00Z') };

  it("gives today in the organization's zone, read once per request", async () => {
    const { unitOfWork, reads } = fakeUnitOfWork({
      la: 'America/Los_Angeles',
      ny: 'America/New_York',
    });
    const clock = new Clock(new OrganizationFactsReader(unitOfWork), at);
    const ctx = contextIn('la');
    expect(await clock.today(ctx)).toBe('2026-01-20');
    expect(await clock.today(ctx)).toBe('2026-01-20');
    expect(reads).toEqual(['la']);
    expect(await clock.today(contextIn('ny'))).toBe('2026-01-21');
  });

  it('reads the zone again after it changes or the request acts in another organization', async () => {
    const zones: Record<string, string> = { la: 'America/Los_Angeles', ny: 'America/New_York' };
    const { unitOfWork, reads } = fakeUnitOfWork(zones);
    const facts = new OrganizationFactsReader(unitOfWork);
    const clock = new Clock(facts, at);
    const ctx = contextIn('la');
    await clock.today(ctx);
    zones.la = 'UTC';
    facts.forget(ctx);
    expect(await clock.today(ctx)).toBe('2026-01-21');
    ctx.actor = { ...ctx.actor!, organizationId: 'ny' };
    expect(await clock.timeZone(ctx)).toBe('America/New_York');
    expect(reads).toEqual(['la', 'la', 'ny']);
  });

  it('is UTC outside any organization', async () => {
    const { unitOfWork, reads } = fakeUnitOfWork({});
    const clock = new Clock(new OrganizationFactsReader(unitOfWork), at);
    expect(await clock.today(contextIn(null))).toBe('2026-01-21');
    expect(reads).toEqual([]);
  });
});
