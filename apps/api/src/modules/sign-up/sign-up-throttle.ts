import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../platform/clock/clock';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { type BackOff, countAttempt, retryAt, throttleKey } from '../identity/sign-in-throttle';
import { SignUpErrors } from './sign-up.errors';

/**
 * Sign-up requests cost a password hash and a mail each, and a mail to a stranger's address is
 * the harm a script would do, so every request counts (not only failures) with the sign-in
 * throttle's exponential back-off (ADR 0005), in its table under purpose `sign_up`:
 *
 * - per client address (the address the sign-in throttle uses): `SIGN_UP_ADDRESS_FREE_REQUESTS`
 *   (10) a day, then waits of 1 s, 2 s, 4 s … up to an hour. A school or library sharing one
 *   address is slowed, never shut out for good;
 * - per email: `SIGN_UP_EMAIL_FREE_REQUESTS` (3), then the same waits up to an hour, so nobody
 *   can fill someone's mailbox with confirmation links.
 *
 * A count is forgotten a day after its last request (the sign-in throttle's window).
 */
@Injectable()
export class SignUpThrottle {
  private readonly address: BackOff;
  private readonly email: BackOff;

  constructor(
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.address = { free: config.signUp.addressFreeRequests, maxWaitSeconds: 60 * 60 };
    this.email = { free: config.signUp.emailFreeRequests, maxWaitSeconds: 60 * 60 };
  }

  /** Refuses with SIGN_UP_TOO_MANY_REQUESTS while either must wait; otherwise counts one. */
  async take(manager: EntityManager, email: string, address: string | null): Promise<void> {
    const emailKey = throttleKey('sign_up_account', email.trim().toLowerCase());
    const addressKey = address ? throttleKey('sign_up_address', address) : null;
    const now = this.clock.now();
    const at = await retryAt(manager, addressKey ? [emailKey, addressKey] : [emailKey], now);
    if (at) throw SignUpErrors.tooManyRequests((at.getTime() - now.getTime()) / 1000);
    await countAttempt(manager, now, emailKey, this.email, 'sign_up');
    if (addressKey) await countAttempt(manager, now, addressKey, this.address, 'sign_up');
  }
}
