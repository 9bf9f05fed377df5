// Optimistic redirect only: visitors without a session cookie who open /admin or /account go to
// sign-in. It neither decodes nor refreshes the session (a refreshed cookie on a prefetch racing a
// sign-out would sign the person back in). Pages, actions and API handlers check access themselves.
import { NextResponse, type NextRequest } from 'next/server';
import { hasSessionCookie } from '@/lib/platform/auth/session-cookie';

export function proxy(request: NextRequest) {
  if (hasSessionCookie(request.cookies.getAll())) return NextResponse.next();
  const signIn = new URL('/sign-in', request.url);
  signIn.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ['/admin/:path*', '/account/:path*'],
};
