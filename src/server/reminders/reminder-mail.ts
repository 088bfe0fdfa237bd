import type { Log } from '../jobs/log.js';
import type { ReminderMessage } from '../../domain/reminders/index.js';
import {
  isMailServerFailure,
  type MailSession,
  type Mailer,
  type OutgoingMail,
} from '../notifications/mailer.js';
import type { DeliveryKey } from './reminders.repository.js';
import type { ReminderRecipient } from './reminder-source.js';

export function reminderEmail(
  recipient: ReminderRecipient & { email: string },
  message: ReminderMessage,
  url: string,
): OutgoingMail {
  return {
    to: { name: recipient.fullName, address: recipient.email },
    subject: `[baocao] ${message.title}`,
    text: [
      `Kính gửi ${recipient.fullName},`,
      '',
      message.body,
      '',
      `Xem và cập nhật tiến độ: ${url}`,
      '',
      '--',
      'Thư gửi tự động từ hệ thống baocao; xin đừng trả lời thư này.',
    ].join('\n'),
  };
}

export interface OutboxResult {
  sent: number;
  failed: number;
}

/**
 * The e-mails of one reminder run. Sent after the in-app notifications are committed, so a mail
 * failure never takes them back; a failed e-mail is logged and not retried (the step is recorded
 * as sent, and a second copy later would be worse than a missing one). Once the server proves
 * unreachable, the rest of the run's e-mails are skipped instead of each waiting for a timeout.
 */
export class ReminderOutbox {
  private session: MailSession | null = null;
  private serverDown = false;

  constructor(
    private readonly mailer: Mailer | null,
    private readonly logger: Log,
  ) {}

  async send(
    key: DeliveryKey,
    recipients: readonly ReminderRecipient[],
    message: ReminderMessage,
    url: string,
  ): Promise<OutboxResult> {
    if (!this.mailer) return { sent: 0, failed: 0 };
    const addressed = recipients.flatMap((r) => (r.email ? [{ ...r, email: r.email }] : []));
    if (addressed.length === 0) return { sent: 0, failed: 0 };
    if (this.serverDown) return { sent: 0, failed: addressed.length };
    this.session ??= this.mailer.open();
    const session = this.session;
    const results = await Promise.allSettled(
      addressed.map((recipient) => session.send(reminderEmail(recipient, message, url))),
    );
    let sent = 0;
    results.forEach((result, i) => {
      if (result.status === 'fulfilled') {
        sent += 1;
        return;
      }
      if (isMailServerFailure(result.reason)) {
        if (!this.serverDown) this.logger.warn('mail server unreachable: no more reminder e-mails this run');
        this.serverDown = true;
      }
      this.logger.error({ err: result.reason, ...key, to: addressed[i]?.email }, 'reminder e-mail failed');
    });
    return { sent, failed: addressed.length - sent };
  }

  close(): void {
    this.session?.close();
    this.session = null;
  }
}
