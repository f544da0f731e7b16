import { describe, expect, it } from 'vitest';
import { RULES_DATA_VERSION } from '../../src/index.js';
import { RULES_DATA_HISTORY } from '../../src/version.js';
import { fingerprintScenarios, rulesDataFingerprint } from './fingerprint.js';

describe('RULES_DATA_VERSION guards what the rules compute', () => {
  it('covers every state and kind with many scenarios', () => {
    expect(fingerprintScenarios().length).toBeGreaterThan(2000);
  });

  it('the last history entry is the current version; versions and fingerprints never repeat', () => {
    expect(RULES_DATA_HISTORY.at(-1)?.version).toBe(RULES_DATA_VERSION);
    expect(new Set(RULES_DATA_HISTORY.map((h) => h.version)).size).toBe(RULES_DATA_HISTORY.length);
    expect(new Set(RULES_DATA_HISTORY.map((h) => h.fingerprint)).size).toBe(RULES_DATA_HISTORY.length);
  });

  it('computed deadlines match the fingerprint recorded for RULES_DATA_VERSION (else bump the version)', () => {
    const actual = rulesDataFingerprint();
    const recorded = RULES_DATA_HISTORY.at(-1)?.fingerprint;
    if (actual !== recorded) {
      // Stored deadlines are recomputed only when the version changes: a silent change would leave them stale.
      expect.fail(
        `The deadlines the rules compute have changed (fingerprint ${actual}, recorded ${String(recorded)} for ${RULES_DATA_VERSION}). ` +
          `Bump RULES_DATA_VERSION in packages/rules/src/version.ts and add { version: <the new version>, fingerprint: '${actual}' } ` +
          'at the end of RULES_DATA_HISTORY; the API then recomputes every open proceeding.',
      );
    }
  });
});
