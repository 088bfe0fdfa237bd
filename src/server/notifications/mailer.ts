import nodemailer from 'nodemailer';
import type { MailConfig } from '../config.js';

export interface OutgoingMail {
  to: { name: string; address: string };
  subject: string;
  text: string;
}

/** A batch of sends over pooled connections; close it when the batch is done. */
export interface MailSession {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export interface Mailer {
  open(): MailSession;
}

// Failures that say the server cannot be reached at all, as opposed to one address being refused.
const SERVER_FAILURES: ReadonlySet<string> = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ETLS',
  'EAUTH',
  'ENOAUTH',
  'ECONNREFUSED',
]);

export function isMailServerFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && SERVER_FAILURES.has(code);
}

/** Null when no SMTP server is configured: notifications then stay in the app only. */
export function createMailer(config: MailConfig): Mailer | null {
  const url = config.smtpUrl;
  if (!url) return null;
  return {
    open() {
      const transport = nodemailer.createTransport({
        url,
        pool: true,
        maxConnections: 2,
        // Defaults wait minutes for an unreachable server; a reminder run must not hang on one.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      });
      return {
        async send(mail) {
          await transport.sendMail({
            from: config.from,
            to: mail.to,
            subject: mail.subject,
            text: mail.text,
          });
        },
        close: () => transport.close(),
      };
    },
  };
}
