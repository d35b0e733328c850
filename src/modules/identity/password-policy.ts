/** Length-only policy (NIST SP 800-63B): long passphrases beat composition rules. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
