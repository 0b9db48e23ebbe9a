// How long an invitation's temporary password lasts: one source for the user pool (infra/cdk,
// TemporaryPasswordValidityDays, Cognito allows 1-365) and the invitation email's wording.
// 14 days: a new officer who opens the email after a long holiday (Songkran, New Year: up to 5-7
// days off) still can sign in; after that the coordinator sends it again from the person's screen.

/** Days a temporary password is valid (Cognito TemporaryPasswordValidityDays). */
export const INVITATION_VALID_DAYS = 14;
