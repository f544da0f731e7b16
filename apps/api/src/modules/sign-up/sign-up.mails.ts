import type { PrimaryLanguage } from '../families/family.entity';

/**
 * Sign-up mails are written in both languages, the one the parent chose first: like the
 * account mails (identity.mails.ts), they may be read by someone else in the family.
 */
function bothLanguages(lang: PrimaryLanguage, en: string[], es: string[]): string {
  const [first, second] = lang === 'es' ? [es, en] : [en, es];
  return [...first, '', '---', '', ...second].join('\n');
}

export function confirmSignUpMail(
  lang: PrimaryLanguage,
  name: string,
  organizationName: string,
  link: string,
  hours: number,
) {
  return {
    subject:
      lang === 'es'
        ? `Confirme su correo para recibir ayuda de ${organizationName} / Confirm your email`
        : `Confirm your email to get help from ${organizationName} / Confirme su correo`,
    text: bothLanguages(
      lang,
      [
        `Hello ${name},`,
        '',
        `You asked ${organizationName} for help on Continuum. To confirm your email and send them your answers, open this link within ${hours} hours:`,
        link,
        'If you did not ask for this, you can ignore this message. Nothing is sent until the link is opened.',
      ],
      [
        `Hola ${name}:`,
        '',
        `Usted pidió ayuda a ${organizationName} en Continuum. Para confirmar su correo y enviarles sus respuestas, abra este enlace en las próximas ${hours} horas:`,
        link,
        'Si usted no lo pidió, puede ignorar este mensaje. No se envía nada hasta que se abra el enlace.',
      ],
    ),
  };
}

/**
 * To an address that already has an account: nothing was created, and the way in is the
 * existing account. The page said the same as for a new address.
 */
export function accountExistsMail(
  lang: PrimaryLanguage,
  organizationName: string,
  signInLink: string,
  resetLink: string,
) {
  return {
    subject:
      lang === 'es'
        ? 'Usted ya tiene una cuenta de Continuum / You already have an account'
        : 'You already have a Continuum account / Usted ya tiene una cuenta',
    text: bothLanguages(
      lang,
      [
        'Hello,',
        '',
        `Someone asked ${organizationName} for help on Continuum with this email. This email already has an account, so we did not make a new one.`,
        'Sign in here:',
        signInLink,
        'Forgot your password? Choose a new one here:',
        resetLink,
        'If you did not ask for this, you can ignore this message.',
      ],
      [
        'Hola:',
        '',
        `Alguien pidió ayuda a ${organizationName} en Continuum con este correo. Este correo ya tiene una cuenta, así que no hicimos otra.`,
        'Entre aquí:',
        signInLink,
        '¿Olvidó su contraseña? Elija una nueva aquí:',
        resetLink,
        'Si usted no lo pidió, puede ignorar este mensaje.',
      ],
    ),
  };
}
