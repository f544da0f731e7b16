import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Sign-in throttling by exponential back-off instead of rate-limiter-flexible's hard locks: one
 * row per hashed account or address with its recent failures and the instant the next attempt
 * may come. Written by one `INSERT … ON CONFLICT DO UPDATE … RETURNING`, so concurrent
 * failures are each counted. Not a tenant table: keys are hashes of an email or an address.
 */
export class SignInBackOff1764510000000 implements MigrationInterface {
  name = 'SignInBackOff1764510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE sign_in_limits;
      CREATE TABLE sign_in_attempts (
        key text PRIMARY KEY,
        failures integer NOT NULL,
        last_failure_at timestamptz NOT NULL,
        retry_at timestamptz
      );
      GRANT SELECT, INSERT, UPDATE, DELETE ON sign_in_attempts TO continuum_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE sign_in_attempts;
      CREATE TABLE sign_in_limits (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      );
      GRANT SELECT, INSERT, UPDATE, DELETE ON sign_in_limits TO continuum_app;
    `);
  }
}
