import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDb } from '@/lib/db';
import { authenticate } from '@/lib/services/authenticate';
import { signInInput } from '@/lib/validation/auth';
import { authConfig } from './auth.config';
import { clientIp } from './client-ip';

export class RateLimitedSignIn extends CredentialsSignin {
  code = 'rate_limited';
  constructor(readonly retryInMinutes: number) {
    super();
    this.code = `rate_limited:${retryInMinutes}`;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
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
