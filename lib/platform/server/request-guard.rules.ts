// Requests the app refuses before any route sees them, so that bad input answers 4xx instead of
// reaching PostgreSQL (which rejects NUL in text) or a decoder that throws.

import { AppError } from '@/lib/platform/errors';

/** A refusal is a typed error (its status 400, 403 or 405); serve.ts answers it before Next.js runs. */
export type Refusal = AppError;

const REFUSED_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);

/**
 * Why a request is refused, or null: TRACE/TRACK/CONNECT; a path segment that is not valid
 * percent-encoding; a NUL character in the path or in a query value; a server action posted from
 * another origin (Next.js would answer 500 for it).
 */
export function refuseRequest(request: {
  method: string;
  url: string;
  host?: string;
  origin?: string;
  isServerAction: boolean;
}): Refusal | null {
  if (REFUSED_METHODS.has(request.method.toUpperCase()))
    return new AppError('request.method_not_allowed', { params: { method: request.method } });
  const queryAt = request.url.indexOf('?');
  const path = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
  const query = queryAt === -1 ? '' : request.url.slice(queryAt + 1);
  for (const segment of path.split('/')) {
    const decoded = decode(segment);
    if (decoded === undefined) return new AppError('request.bad_encoding');
    if (decoded.includes('\0')) return new AppError('request.nul_character');
  }
  for (const part of query.split('&')) {
    const decoded = decode(part.replaceAll('+', ' '));
    if (decoded === undefined) return new AppError('request.bad_encoding');
    if (decoded.includes('\0')) return new AppError('request.nul_character');
  }
  if (request.isServerAction && request.origin && request.host && originHost(request.origin) !== request.host)
    return new AppError('request.cross_origin_form');
  return null;
}

function decode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
