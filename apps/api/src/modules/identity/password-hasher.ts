import { availableParallelism } from 'node:os';
import * as argon2 from 'argon2';
import pLimit from 'p-limit';
import { IdentityErrors } from './identity.errors';

/**
 * argon2id with OWASP's recommended minimum (Password Storage Cheat Sheet): 19 MiB of
 * memory, 2 iterations, 1 degree of parallelism.
 */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export async function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

let dummyHash: Promise<string> | null = null;

/**
 * Verifies a password; with no stored hash it still spends the same work on a dummy hash, so
 * timing does not tell whether an account exists.
 */
export function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  return hashing(() => verify(hash, password));
}

/**
 * Each hash is ~20 ms of one core and 19 MiB; a crowd of sign-ins would otherwise take every
 * core (libuv runs four at a time) and starve the event loop that answers everyone else.
 * One core is left for the rest of the API; a crowd of guesses queues here, holding nothing.
 */
const hashing = pLimit(Math.max(1, availableParallelism() - 1));

async function verify(hash: string | null, password: string): Promise<boolean> {
  if (!hash) {
    dummyHash ??= hashPassword('continuum-timing-equaliser');
    await argon2.verify(await dummyHash, password);
    return false;
  }
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

const MIN_LENGTH = 12;
const MAX_LENGTH = 128;

/**
 * NIST SP 800-63B and OWASP: length over composition rules; a generous maximum so passphrases
 * fit, and a cap so hashing cannot be used to burn CPU.
 */
export function assertAcceptablePassword(password: string, email: string): void {
  if ([...password].length < MIN_LENGTH) throw IdentityErrors.passwordTooShort(MIN_LENGTH);
  if ([...password].length > MAX_LENGTH) throw IdentityErrors.passwordTooLong(MAX_LENGTH);
  if (password.trim().toLowerCase() === email.trim().toLowerCase())
    throw IdentityErrors.passwordIsEmail();
}
