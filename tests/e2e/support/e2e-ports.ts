/** Where the browser tests find the app and its captured emails (fixed, loopback only). */
export const E2E_APP_PORT = 3210;
export const E2E_MAILBOX_PORT = 3211;
export const E2E_SMTP_PORT = 2525;

export type ReceivedEmail = { to: string[]; subject: string; text: string; receivedAt: string };
