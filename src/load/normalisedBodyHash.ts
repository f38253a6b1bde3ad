import { createHash } from 'node:crypto';

/** A hash of the words of a body, blind to case, punctuation, quote style and white space. */
export function normalisedBodyHash(body: string): string {
  const words = body
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return createHash('sha256').update(words).digest('hex').slice(0, 16);
}
