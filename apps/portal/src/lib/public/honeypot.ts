/** The sign-up form's field a person never sees; a script that fills every field fills it. */
export const HONEYPOT_FIELD = 'website_url';
