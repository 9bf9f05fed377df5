// Edge-safe part of the Auth.js configuration (no database, no Node APIs): used by proxy.ts.
import type { NextAuthConfig } from 'next-auth';
import type { Role } from './permissions';

declare module 'next-auth' {
  interface User {
    roles?: Role[];
  }
  interface Session {
    user: { id: string; email: string; name: string; roles: Role[] };
  }
}

export const authConfig = {
  pages: { signIn: '/sign-in' },
  session: { strategy: 'jwt', maxAge: 60 * 60 * 8 },
  trustHost: true,
  providers: [],
  callbacks: {
    // Optimistic redirect only: pages, actions and handlers check permissions themselves.
    authorized({ auth, request }) {
      const path = request.nextUrl.pathname;
      if (path.startsWith('/admin') || path.startsWith('/account')) return Boolean(auth?.user);
      return true;
    },
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
} satisfies NextAuthConfig;
