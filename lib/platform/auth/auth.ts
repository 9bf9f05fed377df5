import 'server-only';
import { cache } from 'react';
import { z } from 'zod';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDb } from '@/lib/platform/db';
import { authenticate } from '@/lib/platform/auth/authenticate.writes';
import { signInInput } from '@/lib/platform/auth/auth.schemas';
import type { Role } from './permissions.rules';
import { clientIp } from './client-ip';
import { endUserSessions } from './user-sessions.writes';
import { isSessionCurrent } from './user-sessions.reads';
import { INITIAL_SESSION_VERSION, tokenSessionVersion } from './session-cookie';

/** One look-up per request however often the session is read while rendering it. */
const isCurrentSession = cache((userId: string, version: number) => isSessionCurrent(getDb(), userId, version));

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
    sessionVersion?: number;
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
  events: {
    // Sign-out (our action or Auth.js's own route) ends the session server-side, not only the cookie.
    async signOut(message) {
      const sub = 'token' in message ? message.token?.sub : undefined;
      if (sub && z.uuid().safeParse(sub).success) await endUserSessions(getDb(), sub);
    },
  },
  callbacks: {
    // The token names the user and the session version it was issued under; permissions are always
    // re-read from the database (findActor). Every later read of the token (auth(), /api/auth/session,
    // which would renew it) asks whether that version is still current: a signed-out, revoked or
    // deactivated session ends here, server-side, even when its cookie is replayed.
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.roles = user.roles ?? [];
        token.sv = user.sessionVersion ?? INITIAL_SESSION_VERSION;
        return token;
      }
      if (!token.sub || !z.uuid().safeParse(token.sub).success) return null;
      return (await isCurrentSession(token.sub, tokenSessionVersion(token.sv))) ? token : null;
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
