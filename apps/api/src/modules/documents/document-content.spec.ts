import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentInspector, MAX_TEXT_CHARS } from './document-content';

/** The process the inspector is using right now, to check reuse and replacement. */
const threadOf = (inspector: DocumentInspector) => inspector.pid ?? null;

describe('DocumentInspector', () => {
  let dir: string;
  let inspector: DocumentInspector;
  const file = async (name: string, contents: string | Buffer) => {
    const path = join(dir, name);
    await writeFile(path, contents);
    return path;
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'continuum-inspector-'));
    inspector = new DocumentInspector();
  });
  afterEach(async () => {
    await inspector.onModuleDestroy();
    await rm(dir, { recursive: true, force: true });
  });

  it('starts one process on first use and keeps it for the next jobs, each with its own answer', async () => {
    expect(threadOf(inspector)).toBeNull();
    const letter = await file('letter.txt', 'Dear Principal,\n\nWe request an IEP meeting.\n');
    const png = await file(
      'scan.png',
      Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
    );
    const binary = await file('tool.bin', Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff]));
    const first = await inspector.inspect(letter);
    const thread = threadOf(inspector);
    expect(thread).not.toBeNull();
    // Queued together: they run one at a time, and each gets its own result.
    const [text, image, refused] = await Promise.all([
      inspector.inspect(letter),
      inspector.inspect(png),
      inspector.inspect(binary),
    ]);
    expect(first).toEqual({
      contentType: 'text/plain',
      detected: null,
      text: 'Dear Principal,\nWe request an IEP meeting.',
      textError: null,
      refused: null,
    });
    expect(text).toEqual(first);
    expect(image).toMatchObject({ contentType: 'image/png', detected: 'image/png' });
    expect(refused).toMatchObject({ contentType: null });
    expect(threadOf(inspector)).toBe(thread);
  });

  it('keeps at most MAX_TEXT_CHARS of a large text file, and refuses control characters', async () => {
    const line = 'Speech therapy: 30 minutes weekly.\n';
    const large = await file('log.txt', line.repeat(Math.ceil((3 * MAX_TEXT_CHARS) / line.length)));
    const result = await inspector.inspect(large);
    expect(result.contentType).toBe('text/plain');
    expect(result.text.length).toBeGreaterThan(MAX_TEXT_CHARS * 0.9);
    expect(result.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(result.text.startsWith('Speech therapy: 30 minutes weekly.\nSpeech')).toBe(true);
    // A control character past the first 64 KB read, but inside the sampled megabyte.
    const hidden = await file('hidden.txt', `${line.repeat(4000)}\u0007${line}`);
    expect(await inspector.inspect(hidden)).toMatchObject({ contentType: null });
  });

  it('refuses a job that passes its deadline and starts a new process for the next one', async () => {
    const letter = await file('letter.txt', 'Evaluation request.');
    // A new process needs tens of milliseconds to load its modules: 1 ms always runs out.
    const late = inspector.inspect(letter, 1);
    const thread = threadOf(inspector);
    expect(thread).not.toBeNull();
    await expect(late).rejects.toMatchObject({ key: 'FILE_TOO_COMPLEX', field: 'file' });
    expect(threadOf(inspector)).toBeNull();
    await expect(inspector.inspect(letter)).resolves.toMatchObject({ text: 'Evaluation request.' });
    expect(threadOf(inspector)).not.toBe(thread);
  });

  it('refuses the running job when its process dies, and the next job still succeeds', async () => {
    const letter = await file('letter.txt', 'Prior written notice.');
    // Killed while still starting, so it cannot have answered first: as the kernel kills a
    // process at its memory ceiling.
    const running = inspector.inspect(letter);
    process.kill(threadOf(inspector)!, 'SIGKILL');
    await expect(running).rejects.toMatchObject({ key: 'FILE_TOO_COMPLEX' });
    await expect(inspector.inspect(letter)).resolves.toMatchObject({
      text: 'Prior written notice.',
    });
  });

  it('refuses work after shutdown and fails what was still queued', async () => {
    const letter = await file('letter.txt', 'Due process complaint.');
    // One running, one queued; both fail, and nothing after shutdown starts a process.
    const jobs = [inspector.inspect(letter), inspector.inspect(letter)].map((job) =>
      job.then(
        () => null,
        (error: Error) => error.message,
      ),
    );
    await inspector.onModuleDestroy();
    expect(await Promise.all(jobs)).toEqual([
      'document inspection is shut down',
      'document inspection is shut down',
    ]);
    await expect(inspector.inspect(letter)).rejects.toThrow('document inspection is shut down');
    expect(threadOf(inspector)).toBeNull();
  });
});
