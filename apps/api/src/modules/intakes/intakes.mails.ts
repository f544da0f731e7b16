/** The mail the organization's advocates receive when a family submits an intake. */
export function intakeSubmittedMail(familyName: string, portalUrl: string, intakeId: string) {
  return {
    subject: `New intake from the ${familyName} family`,
    text: [
      `The ${familyName} family submitted an intake. It is waiting for an advocate to review`,
      'it and turn it into a case.',
      '',
      `${portalUrl}/intakes/${intakeId}`,
    ].join('\n'),
  };
}
