/**
 * The version of the rules and state data that deadlines are computed with. It changes whenever
 * a change to the rules or the state data changes what `computeDeadlines` returns; the API
 * stores it with every deadline and, when it changes, recomputes every open proceeding
 * (docs/domain.md, "Rules-data version"). `test/version/rules-data-version.test.ts` fails when
 * computed results change and this is not bumped.
 *
 * @example
 * ```ts
 * import { RULES_DATA_VERSION } from '@continuum/rules';
 * RULES_DATA_VERSION; // '2026-12.1'
 * ```
 */
export const RULES_DATA_VERSION = '2026-12.1';

/**
 * Every rules-data version with the fingerprint of what it computes: a SHA-256 of the
 * deadlines of a fixed set of scenarios (every state, every kind, every event; see
 * `test/version/fingerprint.ts`). The last entry is {@link RULES_DATA_VERSION}. A change that
 * moves any computed deadline adds an entry; entries are never edited.
 *
 * @example
 * ```ts
 * RULES_DATA_HISTORY.at(-1)?.version === RULES_DATA_VERSION; // true
 * ```
 */
export const RULES_DATA_HISTORY: readonly { version: string; fingerprint: string }[] = [
  { version: '2026-12.1', fingerprint: '8dd6df069968b669fff7256487f46090f434445cfe752e873eaafcaaefe7df8b' },
];
