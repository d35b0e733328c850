/**
 * SMTP delivery with nodemailer. Configured by SMTP_URL; without it there is no transport and
 * emails stay in the outbox.
 */
import nodemailer from "nodemailer";

import { env } from "@/env";

export type MailMessage = { to: string; subject: string; text: string; html?: string };
export type MailTransport = { send: (message: MailMessage) => Promise<void> };

export const createSmtpTransport = (smtpUrl: string, from: string): MailTransport => {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    send: async (message) => {
      await transporter.sendMail({ from, ...message });
    },
  };
};

const globalForMail = globalThis as { fairtraceMail?: MailTransport | null };

export const getMailTransport = (): MailTransport | null => {
  if (globalForMail.fairtraceMail === undefined) {
    globalForMail.fairtraceMail = env.SMTP_URL
      ? createSmtpTransport(env.SMTP_URL, env.SMTP_FROM)
      : null;
  }
  return globalForMail.fairtraceMail;
};
