import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDb } from '@/lib/platform/db';
import { authenticate } from '@/lib/platform/auth/authenticate.writes';
import { signInInput } from '@/lib/platform/auth/auth.schemas';
import type { Role } from './permissions.rules';
import { clientIp } from './client-ip';

/** The sign-in action reads the wait time back from the code ("rate_limited:<minutes>"). */
class RateLimitedSignIn extends CredentialsSignin {
  constructor(retryInMinutes: number) {
    super();
    this.code = `rate_limited:${retryInMinutes}`;
  }
}

declare module 'next-auth' {
  interface User {
    roles?: Role[];
  }
  interface Session {
    user: { id: string; email: string; name: string; roles: Role[] };
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Auth.js's own error page answers 500 for configuration errors; ours shows the sign-in form.
  pages: { signIn: '/sign-in', error: '/sign-in' },
  session: { strategy: 'jwt', maxAge: 60 * 60 * 8 },
  trustHost: true,
  callbacks: {
    // The token names the user; permissions are always re-read from the database (findActor).
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.roles = user.roles ?? [];
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) {
        session.user.id = token.sub;
        session.user.roles = (token.roles as Role[] | undefined) ?? [];
      }
      return session;
    },
  },
  providers: [
    Credentials({
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, request) {
        const parsed = signInInput.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await authenticate(getDb(), { ...parsed.data, ip: clientIp(request.headers) });
        if (result.ok) return result.user;
        if (result.reason === 'rate_limited') throw new RateLimitedSignIn(result.retryInMinutes);
        return null;
      },
    }),
  ],
});
