import { ConfigError, loadConfig, servingConfig } from './config';

describe(loadConfig.name, () => {
  it('with nothing set, runs embedded PostgreSQL on its own port and seeds the demo', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toMatchObject({ mode: 'embedded', port: 54320, durable: true });
    expect(config.seed).toBe('demo');
    expect(config.session).toMatchObject({ secureCookie: false, cookieName: 'continuum_session' });
  });

  it('with DATABASE_URL, uses it and starts nothing embedded; the owner URL defaults to it', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://app:pw@db:5432/continuum' });
    expect(config.database).toEqual({
      mode: 'external',
      appUrl: 'postgres://app:pw@db:5432/continuum',
      ownerUrl: 'postgres://app:pw@db:5432/continuum',
    });
    expect(config.seed).toBe('none');
  });

  it('in production, the session cookie is Secure and __Host- prefixed', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://a@b/c',
      SMTP_URL: 'smtp://mail.example.org:587',
    });
    expect(config.session).toMatchObject({
      secureCookie: true,
      cookieName: '__Host-continuum_session',
    });
  });

  it('in production without SMTP_URL, refuses to start unless MAIL_TRANSPORT=log says so', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://a@b/c' };
    expect(() => loadConfig(production)).toThrow(ConfigError);
    expect(() => loadConfig(production)).toThrow(
      /^SMTP_URL: is not set; in production mail must go out over SMTP\. Set SMTP_URL, or set MAIL_TRANSPORT=log/,
    );
    expect(loadConfig({ ...production, MAIL_TRANSPORT: 'log' }).mail).toMatchObject({
      transport: 'log',
      smtpUrl: null,
    });
    expect(
      loadConfig({ ...production, SMTP_URL: 'smtps://u:p@mail.example.org' }).mail,
    ).toMatchObject({ transport: 'smtp', smtpUrl: 'smtps://u:p@mail.example.org' });
    // Outside production the log is the default: `npm start` needs no mail server.
    expect(loadConfig({}).mail.transport).toBe('log');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL'],
    [{ MAIL_TRANSPORT: 'pigeon' }, 'MAIL_TRANSPORT'],
    [{ MAIL_TRANSPORT: 'smtp' }, 'SMTP_URL'],
    [{ MAIL_TRANSPORT: 'log', SMTP_URL: 'smtp://mail:25' }, 'MAIL_TRANSPORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ DATABASE_OWNER_URL: 'postgres://a@b/c' }, 'DATABASE_OWNER_URL'],
    [{ SEED: 'lots' }, 'SEED'],
  ])('names the variable at fault: %j', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${variable}: `));
  });
});

describe(servingConfig.name, () => {
  it("drops the owner role's URL, which only the migrations before serving need", () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://continuum_app:app-secret@db:5432/continuum',
      DATABASE_OWNER_URL: 'postgres://continuum_owner:owner-secret@db:5432/continuum',
    });
    const serving = servingConfig(config);
    expect(serving.database).toEqual({
      mode: 'external',
      appUrl: 'postgres://continuum_app:app-secret@db:5432/continuum',
    });
    expect(JSON.stringify(serving)).not.toContain('owner-secret');
  });
});
