import type { Response } from 'express';
import type { AppConfig } from '../config/config';

/** The session cookie's flags in one place: HttpOnly, SameSite=Lax, Secure outside development. */
export class SessionCookie {
  constructor(private readonly config: AppConfig['session']) {}

  get name(): string {
    return this.config.cookieName;
  }

  set(res: Response, token: string, expiresAt: Date): void {
    res.cookie(this.config.cookieName, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookie,
      path: '/',
      expires: expiresAt,
    });
  }

  clear(res: Response): void {
    res.clearCookie(this.config.cookieName, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookie,
      path: '/',
    });
  }
}
