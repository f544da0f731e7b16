/** A calendar day (`YYYY-MM-DD`) in words; a day has no time zone, so it is read in UTC. */
function longDate(day: string, locale: 'en-US' | 'es-US'): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export interface DeadlineMove {
  ruleId: string;
  from: string;
  to: string;
}

/**
 * To a case's advocates when a recompute (a new district calendar, a new rules-data version)
 * moved a deadline earlier. English and Spanish together, like the account mails
 * (identity.mails.ts): the advocate's language is not stored.
 *
 * @example
 *   deadlineMovedEarlierMail({ studentName: 'Ana', proceedingKind: 'due_process',
 *     moves: [{ ruleId: 'resolution_meeting', from: '2026-04-10', to: '2026-04-03' }],
 *     link: 'https://portal.example/cases/1' }).subject;
 *   // 'Deadline moved earlier (Ana) / Una fecha límite se adelantó (Ana)'
 */
export function deadlineMovedEarlierMail(input: {
  studentName: string;
  proceedingKind: string;
  moves: DeadlineMove[];
  link: string;
}): { subject: string; text: string } {
  const { studentName, moves, link } = input;
  const kind = input.proceedingKind.replaceAll('_', ' ');
  const lines = (locale: 'en-US' | 'es-US', was: string, now: string) =>
    moves.map(
      (m) =>
        `- ${m.ruleId.replaceAll('_', ' ')}: ${was} ${longDate(m.from, locale)}, ${now} ${longDate(m.to, locale)}`,
    );
  return {
    subject: `Deadline moved earlier (${studentName}) / Una fecha límite se adelantó (${studentName})`,
    text: [
      'Hello,',
      '',
      `A deadline in ${studentName}'s case (${kind}) is now earlier than before. The district's school calendar or our deadline rules changed, and the date was computed again:`,
      ...lines('en-US', 'was', 'now'),
      '',
      `Please check the case: ${link}`,
      '',
      '---',
      '',
      'Hola:',
      '',
      `Una fecha límite del caso de ${studentName} (${kind}) ahora es más temprano que antes. Cambió el calendario escolar del distrito o nuestras reglas de plazos, y la fecha se calculó de nuevo:`,
      ...lines('es-US', 'antes', 'ahora'),
      '',
      `Revise el caso: ${link}`,
    ].join('\n'),
  };
}
