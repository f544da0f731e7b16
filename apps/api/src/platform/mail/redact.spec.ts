import { redactMailText, redactRequestPath } from './redact';

describe(redactMailText.name, () => {
  it.each([
    [
      'open http://localhost:5173/reset-password?token=Zk3_aQ-9xYbbb9c8d7e6f5a4b3c2d1e0f now',
      'open http://localhost:5173/reset-password?[redacted] now',
    ],
    [
      'https://portal.example.org/invitations/accept?token=abc&x=1#frag',
      'https://portal.example.org/invitations/accept?[redacted]',
    ],
    [
      'https://portal.example.org/calendar/6f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e.ics',
      'https://portal.example.org/calendar/[redacted].ics',
    ],
    [
      'https://portal.example.org/feeds/6f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e/x',
      'https://portal.example.org/feeds/[redacted]/x',
    ],
    [
      'the case: https://portal.example.org/cases/0b9a3c52-5d0e-4c3f-9a53-0c1f2e3d4b5a',
      'the case: https://portal.example.org/cases/0b9a3c52-5d0e-4c3f-9a53-0c1f2e3d4b5a',
    ],
    ['paste token=abcdef123 here', 'paste token=[redacted] here'],
  ])('%s', (text, logged) => {
    expect(redactMailText(text)).toBe(logged);
  });
});

describe(redactRequestPath.name, () => {
  it.each([
    [
      '/calendar/0b9a3c52-5d0e-4c3f-9a53-0c1f2e3d4b5a/Zk3_aQ-9xYbbb9c8d7e6f5a4b3c2d1e0f.ics?lang=es',
      '/calendar/0b9a3c52-5d0e-4c3f-9a53-0c1f2e3d4b5a/[redacted].ics?[redacted]',
    ],
    ['/graphql', '/graphql'],
    [
      '/cases/0b9a3c52-5d0e-4c3f-9a53-0c1f2e3d4b5a/services.csv',
      '/cases/0b9a3c52-5d0e-4c3f-9a53-0c1f2e3d4b5a/services.csv',
    ],
  ])('%s', (path, logged) => {
    expect(redactRequestPath(path)).toBe(logged);
  });
});
