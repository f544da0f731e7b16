import { Client } from 'pg';
import { RequestContext } from '../src/platform/context/request-context';
import { resetDatabase, signIn, TestApi } from './support/harness';
import { Factories } from './support/factories';

/**
 * Apollo resolves a query's root fields concurrently, and every resolver of a request works in
 * the request's one transaction, on one connection. The unit of work must hand that
 * connection one statement at a time: pg deprecates queueing on a busy client (gone in
 * pg 9), and two resolvers must never open two transactions for one request.
 */
describe('the unit of work under concurrent resolvers', () => {
  let api: TestApi;
  let factories: Factories;
  /** Statements sent to a connection that was still busy with another (pg's own check). */
  let overlapping = 0;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was, unbound
  const query = Client.prototype.query;
  beforeAll(async () => {
    api = await TestApi.start({ JOB_WORKERS: 'false' });
    factories = new Factories(api.unitOfWork);
    // Observes, changes nothing: the fields are pg's, read where it decides to warn.
    Client.prototype.query = function (this: Client, ...args: unknown[]) {
      const state = this as unknown as { _activeQuery: unknown; _queryQueue: unknown[] };
      if (state._activeQuery || state._queryQueue.length > 0) overlapping++;
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
  });
  afterAll(async () => {
    Client.prototype.query = query;
    await api.close();
  });
  beforeEach(() => resetDatabase());

  it('runs many root fields of one request in one transaction, one statement at a time', async () => {
    const organization = await factories.organization();
    const advocate = await factories.member(organization, 'ADVOCATE');
    const { student } = await factories.newFamily(organization);
    const caseRow = await factories.newCase(organization, {
      studentId: student.id,
      advocates: [advocate.user],
    });
    const cookie = await signIn(api, advocate.email, advocate.password);
    overlapping = 0;
    const result = await api.graphql<Record<string, unknown>>(
      `query ($id: ID!) {
        case(caseId: $id) { id }
        meetings(caseId: $id) { id }
        communications(caseId: $id) { id }
        notes(caseId: $id) { id }
        caseDocuments(caseId: $id) { id }
        serviceLog(caseId: $id) { services { id } }
        caseLetters(caseId: $id) { id }
        txid: me { user { id } }
      }`,
      { id: caseRow.id },
      { cookie },
    );
    expect(result.errors ?? []).toEqual([]);
    expect(Object.keys(result.data!)).toHaveLength(8);
    expect(overlapping).toBe(0);
  });

  it('opens one transaction when two resolvers ask for it at once', async () => {
    const ctx = new RequestContext();
    const [first, second] = await Promise.all([
      api.unitOfWork.manager(ctx),
      api.unitOfWork.manager(ctx),
    ]);
    expect(second).toBe(first);
    const [{ a }, { b }] = await Promise.all([
      first.query<{ a: string }[]>('SELECT txid_current()::text AS a').then((r) => r[0]!),
      second.query<{ b: string }[]>('SELECT txid_current()::text AS b').then((r) => r[0]!),
    ]);
    expect(b).toBe(a);
    await api.unitOfWork.finish(ctx, 'commit');
  });
});
