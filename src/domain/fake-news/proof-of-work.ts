/**
 * The public report form's spam brake without a third-party service: the server hands out a signed
 * challenge and the browser must find a nonce whose SHA-256 over `challenge:nonce` starts with
 * `bits` zero bits (about 2^bits hashes, a second or two on a phone). A flood must pay that work
 * for every report, on top of the per-address rate limit. The hash function is passed in, so the
 * server (node:crypto) and the browser (@noble/hashes) share this rule.
 */

export type Sha256 = (input: string) => Uint8Array;

export function workInput(challenge: string, nonce: number): string {
  return `${challenge}:${nonce}`;
}

export function leadingZeroBits(hash: Uint8Array): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export function meetsWork(sha256: Sha256, challenge: string, nonce: number, bits: number): boolean {
  return (
    Number.isSafeInteger(nonce) && nonce >= 0 && leadingZeroBits(sha256(workInput(challenge, nonce))) >= bits
  );
}

/** The first nonce that meets the work, or null when `maxTries` run out. */
export function solveWork(
  sha256: Sha256,
  challenge: string,
  bits: number,
  maxTries = 2 ** 26,
): number | null {
  for (let nonce = 0; nonce < maxTries; nonce++) {
    if (meetsWork(sha256, challenge, nonce, bits)) return nonce;
  }
  return null;
}
