'use client';

import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { ButtonLink } from '@/components/ui/button';
import { authHref } from '@/lib/platform/auth/auth-links.rules';

/** "Sign in" in the header: signing in returns to the page the visitor was on (cart, checkout, a product). */
export function SignInLink({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  return (
    <ButtonLink href={authHref('/sign-in', pathname)} variant="quiet">
      {children}
    </ButtonLink>
  );
}
