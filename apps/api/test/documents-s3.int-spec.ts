import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { OBJECT_STORAGE, type ObjectStorage } from '../src/platform/storage/object-storage';
import { resetDatabase, signIn, TestApi } from './support/harness';
import { Factories } from './support/factories';
import { minimalPdf, uploadDocument } from './support/documents';

const BUCKET = 'continuum-test';

/** The S3 driver against a local S3-compatible server (s3rver, pure JavaScript). */
describe('documents in S3-compatible storage', () => {
  let server: S3rver;
  let dir: string;
  let api: TestApi;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'continuum-s3-'));
    server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: join(dir, 's3'),
      configureBuckets: [{ name: BUCKET, configs: [] }],
    });
    const { port } = await server.run();
    api = await TestApi.start({
      JOB_WORKERS: 'false',
      CONTINUUM_DATA_DIR: dir,
      STORAGE_DRIVER: 's3',
      S3_BUCKET: BUCKET,
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    });
  });
  afterAll(async () => {
    await api.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('uploads, downloads with the same hash, and lists what the sweep would see', async () => {
    await resetDatabase();
    const factories = new Factories(api.unitOfWork);
    const organization = await factories.organization();
    const admin = await factories.member(organization, 'ORG_ADMIN');
    const { student } = await factories.newFamily(organization);
    const caseRow = await factories.newCase(organization, { studentId: student.id });
    const cookie = await signIn(api, admin.email, admin.password);
    const storage = api.app.get<ObjectStorage>(OBJECT_STORAGE);
    expect(storage.driver).toBe('s3');

    const bytes = minimalPdf('Evaluation report stored in object storage');
    const uploaded = await uploadDocument<{ id: string; currentVersion: { sha256: string } }>(
      api.baseUrl,
      caseRow.id,
      { bytes, name: 'evaluation.pdf' },
      { cookie },
    );
    expect(uploaded.status).toBe(201);
    const hash = createHash('sha256').update(bytes).digest('hex');
    expect(uploaded.body.currentVersion.sha256).toBe(hash);

    const response = await fetch(`${api.baseUrl}/documents/${uploaded.body.id}/content`, {
      headers: { cookie },
    });
    expect(response.status).toBe(200);
    const body = Buffer.from(await response.arrayBuffer());
    expect(createHash('sha256').update(body).digest('hex')).toBe(hash);

    const keys: string[] = [];
    for await (const object of storage.list(`${organization.id}/`)) keys.push(object.key);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(new RegExp(`^${organization.id}/documents/${uploaded.body.id}/`));
    await storage.delete(keys[0]!);
    expect(await storage.read(keys[0]!)).toBeNull();
  });
});
