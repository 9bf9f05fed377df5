// Optimistic redirect only: visitors without a session cookie who open /admin or /account go to
// sign-in. It neither decodes nor refreshes the session (a refreshed cookie on a prefetch racing a
// sign-out would sign the person back in). Pages, actions and API handlers check access themselves.
import { NextResponse, type NextRequest } from 'next/server';

const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export function proxy(request: NextRequest) {
  if (request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name))) return NextResponse.next();
  const signIn = new URL('/sign-in', request.url);
  signIn.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ['/admin/:path*', '/account/:path*'],
};
