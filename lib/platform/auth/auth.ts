import 'server-only';
import { randomUUID } from 'node:crypto';
import { cache } from 'react';
import { z } from 'zod';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDb } from '@/lib/platform/db';
import { authenticate } from '@/lib/platform/auth/authenticate.writes';
import { signInInput } from '@/lib/platform/auth/auth.schemas';
import type { Role } from './permissions.rules';
import { clientIp } from './client-ip';
import { endSession, endUserSessions } from './user-sessions.writes';
import { isSessionCurrent } from './user-sessions.reads';
import { INITIAL_SESSION_VERSION, tokenSessionId, tokenSessionVersion } from './session-cookie';

/** One look-up per request however often the session is read while rendering it. */
// React's cache compares arguments by identity: primitives, not a claims object.
const isCurrentSession = cache((userId: string, version: number, sessionId: string | null) =>
  isSessionCurrent(getDb(), { userId, version, sessionId }),
);

const SESSION_SECONDS = 60 * 60 * 8;

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
  session: { strategy: 'jwt', maxAge: SESSION_SECONDS },
  trustHost: true,
  events: {
    // Sign-out (our action or Auth.js's own route) ends the session server-side, not only the cookie.
    async signOut(message) {
      const token = 'token' in message ? message.token : null;
      const sub = token?.sub;
      if (!sub || !z.uuid().safeParse(sub).success) return;
      const sid = tokenSessionId(token.sid);
      // Every read of a session renews its expiry, so a copy of this cookie refreshed just before the
      // sign-out lives at most SESSION_SECONDS from now: the revocation must outlive it, not token.exp.
      const expires = new Date(Date.now() + SESSION_SECONDS * 1000);
      // Only this session; a token from before session ids has none, so all of the user's sessions end.
      if (sid) await endSession(getDb(), sid, expires);
      else await endUserSessions(getDb(), sub);
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
        token.sid = randomUUID();
        return token;
      }
      if (!token.sub || !z.uuid().safeParse(token.sub).success) return null;
      const current = await isCurrentSession(token.sub, tokenSessionVersion(token.sv), tokenSessionId(token.sid));
      return current ? token : null;
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
