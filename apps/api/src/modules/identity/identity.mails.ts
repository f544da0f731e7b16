/**
 * Mails are written in English and Spanish together: a person's language is not known before
 * they sign in, and Parent Centers serve many Spanish-speaking families.
 */
export function passwordResetMail(name: string, link: string, minutes: number) {
  return {
    subject: 'Reset your Continuum password / Restablezca su contraseña de Continuum',
    text: [
      `Hello ${name},`,
      '',
      `Someone asked to reset the password of your Continuum account. To choose a new password, open this link within ${minutes} minutes:`,
      link,
      'If you did not ask for this, you can ignore this message. Your password stays the same.',
      '',
      '---',
      '',
      `Hola ${name}:`,
      '',
      `Alguien pidió restablecer la contraseña de su cuenta de Continuum. Para elegir una contraseña nueva, abra este enlace en los próximos ${minutes} minutos:`,
      link,
      'Si usted no lo pidió, puede ignorar este mensaje. Su contraseña no cambia.',
    ].join('\n'),
  };
}

export function invitationMail(
  organizationName: string,
  inviterName: string | null,
  link: string,
  days: number,
) {
  const by = inviterName ? ` by ${inviterName}` : '';
  const por = inviterName ? ` por ${inviterName}` : '';
  return {
    subject: `You are invited to ${organizationName} on Continuum / Invitación a ${organizationName} en Continuum`,
    text: [
      'Hello,',
      '',
      `You have been invited${by} to join ${organizationName} on Continuum. To accept, open this link within ${days} days:`,
      link,
      '',
      '---',
      '',
      'Hola:',
      '',
      `Usted ha sido invitado${por} a unirse a ${organizationName} en Continuum. Para aceptar, abra este enlace en los próximos ${days} días:`,
      link,
    ].join('\n'),
  };
}
