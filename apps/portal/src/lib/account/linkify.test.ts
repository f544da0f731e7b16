import { describe, expect, it } from 'vitest';
import { splitLinks } from './linkify';

describe(splitLinks.name, () => {
  it('links an invitation address and leaves the sentence around it as text', () => {
    const text =
      'To accept, open this link:\nhttp://127.0.0.1:5184/invitations/accept?token=a-B_9\n';
    expect(splitLinks(text)).toEqual([
      { kind: 'text', value: 'To accept, open this link:\n' },
      { kind: 'link', value: 'http://127.0.0.1:5184/invitations/accept?token=a-B_9' },
      { kind: 'text', value: '\n' },
    ]);
  });

  it('keeps a full stop after an address out of the link', () => {
    expect(splitLinks('Open https://example.org/reset.')).toEqual([
      { kind: 'text', value: 'Open ' },
      { kind: 'link', value: 'https://example.org/reset' },
      { kind: 'text', value: '.' },
    ]);
  });

  it('finds every link, and never one of another scheme', () => {
    const segments = splitLinks('a https://x.org/1 b javascript:alert(1) c http://y.org/2');
    expect(segments.filter((segment) => segment.kind === 'link')).toEqual([
      { kind: 'link', value: 'https://x.org/1' },
      { kind: 'link', value: 'http://y.org/2' },
    ]);
  });

  it('returns text without links as one piece, and nothing for nothing', () => {
    expect(splitLinks('Hola:')).toEqual([{ kind: 'text', value: 'Hola:' }]);
    expect(splitLinks('')).toEqual([]);
  });
});
