// Requests the app refuses before any route sees them, so that bad input answers 4xx instead of
// reaching PostgreSQL (which rejects NUL in text) or a decoder that throws.

export type Refusal = { status: 400 | 403 | 405; message: string };

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
    return { status: 405, message: `The method ${request.method} is not allowed.` };
  const queryAt = request.url.indexOf('?');
  const path = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
  const query = queryAt === -1 ? '' : request.url.slice(queryAt + 1);
  for (const segment of path.split('/')) {
    const decoded = decode(segment);
    if (decoded === undefined) return { status: 400, message: 'The address is not valid percent-encoding.' };
    if (decoded.includes('\0')) return { status: 400, message: 'The address contains a NUL character.' };
  }
  for (const part of query.split('&')) {
    const decoded = decode(part.replaceAll('+', ' '));
    if (decoded === undefined) return { status: 400, message: 'The query is not valid percent-encoding.' };
    if (decoded.includes('\0')) return { status: 400, message: 'The query contains a NUL character.' };
  }
  if (request.isServerAction && request.origin && request.host && originHost(request.origin) !== request.host)
    return { status: 403, message: 'Forms are accepted only from this site.' };
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
