// Random parts of names, codes, e-mails and SKUs, so rows made by tests running at the same time never collide.
import { randomBytes, randomInt } from 'node:crypto';

/** Eight random hex digits. */
export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}

/** A random GTIN-13 with a valid check digit (weights 1, 3, 1, 3, … from the left). */
export function uniqueGtin(): string {
  const body = Array.from({ length: 12 }, () => randomInt(10)).join('');
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  return `${body}${(10 - (sum % 10)) % 10}`;
}
