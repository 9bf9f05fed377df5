// Optimistic redirects only (signed-out visitors of /admin and /account go to sign-in).
// Every page, action and API handler still checks the session and role itself.
import NextAuth from 'next-auth';
import { authConfig } from '@/lib/auth/auth.config';

export const { auth: proxy } = NextAuth(authConfig);

export const config = {
  matcher: ['/admin/:path*', '/account/:path*'],
};
