import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { solveWork } from '../../src/domain/fake-news/proof-of-work.js';
import type { TestApp } from './app.js';

const sha256 = (s: string) => new Uint8Array(createHash('sha256').update(s).digest());

/** A real PNG screenshot of `width`×`height` pixels. */
export function aScreenshot(width = 390, height = 700, color = '#3b5998'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: color } })
    .png()
    .toBuffer();
}

export interface PublicReportInput {
  urls?: string[];
  description?: string;
  platform?: string;
  contact?: string;
  screenshots?: { filename: string; content: Buffer; contentType?: string }[];
  /** Overrides the solved challenge (to test a wrong or reused one). */
  challenge?: string;
  nonce?: number;
  extra?: Record<string, string>;
}

/** Fetches a challenge, solves its proof of work and builds the multipart body of the public form. */
export async function aPublicReportBody(app: TestApp, input: PublicReportInput) {
  const res = await app.inject({ method: 'GET', url: '/api/public/fake-news/challenge' });
  if (res.statusCode !== 200) throw new Error(`challenge: ${res.statusCode} ${res.body}`);
  const { challenge, bits } = res.json<{ challenge: string; bits: number }>();
  const used = input.challenge ?? challenge;
  const nonce = input.nonce ?? solveWork(sha256, used, bits) ?? 0;
  return multipart(
    {
      description:
        input.description ?? 'Tin đồn trên mạng xã hội nói rằng nước máy của thành phố bị nhiễm độc.',
      ...(input.platform ? { platform: input.platform } : {}),
      ...(input.contact ? { contact: input.contact } : {}),
      challenge: used,
      nonce: String(nonce),
      ...input.extra,
    },
    input.urls ?? [],
    input.screenshots ?? [],
  );
}

export function multipart(
  fields: Record<string, string>,
  urls: string[],
  files: { filename: string; content: Buffer; contentType?: string }[],
) {
  const boundary = `----baocao-fake-news-${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  const field = (name: string, value: string) =>
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  for (const [k, v] of Object.entries(fields)) field(k, v);
  for (const u of urls) field('urls', u);
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="screenshots"; filename="${f.filename}"\r\nContent-Type: ${f.contentType ?? 'image/png'}\r\n\r\n`,
      ),
      f.content,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
