import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { meetsWork } from '../../domain/fake-news/proof-of-work.js';
import { safeEqual } from '../credentials/secrets.js';
import { AppError } from '../common/errors.js';

/** How long a challenge may be answered: long enough to fill the form on a phone. */
const CHALLENGE_TTL_MS = 30 * 60 * 1000;

const sha256 = (input: string) => new Uint8Array(createHash('sha256').update(input).digest());

/**
 * Signed proof-of-work challenges: `id.expiresAt.bits.signature`. Nothing is stored when one is
 * handed out; the report that answers it stores its id (unique), so each challenge buys one report.
 * The key lives in memory: a restart only makes open forms fetch a new challenge.
 */
export class WorkChallenges {
  private readonly key = randomBytes(32);

  constructor(
    private readonly bits: number,
    private readonly now: () => Date,
  ) {}

  issue(): { challenge: string; bits: number; expiresAt: string } {
    const expires = this.now().getTime() + CHALLENGE_TTL_MS;
    const body = `${randomUUID()}.${expires}.${this.bits}`;
    return {
      challenge: `${body}.${this.sign(body)}`,
      bits: this.bits,
      expiresAt: new Date(expires).toISOString(),
    };
  }

  /** The challenge's id when the answer holds; a Vietnamese 400 otherwise. */
  verify(challenge: string, nonce: number): string {
    const parts = challenge.split('.');
    const [id, expires, bits, signature] = parts;
    if (parts.length !== 4 || !id || !expires || !bits || !signature) throw invalid();
    if (!safeEqual(signature, this.sign(`${id}.${expires}.${bits}`))) throw invalid();
    if (Number(expires) < this.now().getTime()) {
      throw AppError.validation('Mã kiểm tra chống spam đã hết hạn. Hãy tải lại trang và gửi lại.');
    }
    if (Number(bits) < this.bits || !meetsWork(sha256, challenge, nonce, Number(bits))) throw invalid();
    return id;
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}

function invalid(): AppError {
  return AppError.validation('Mã kiểm tra chống spam không đúng. Hãy tải lại trang và gửi lại.');
}
