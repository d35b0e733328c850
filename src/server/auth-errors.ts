/** The error code the sign-in form receives from next-auth when attempts are rate-limited. */
export const SIGN_IN_RATE_LIMITED = "RATE_LIMITED";
