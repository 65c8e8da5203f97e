/** Texts of the releases table added in issue 12 (five columns, so it fits the case frame). */
export const releaseTable = {
  partnerAndScope: 'Partner und Umfang',
  given: 'Erteilt',
  givenIn: (form: string) => `Form: ${form}`,
};
