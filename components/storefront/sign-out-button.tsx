import { useTranslations } from 'next-intl';
import { signOutAction } from '@/app/(storefront)/auth-actions';

export function SignOutButton() {
  const t = useTranslations('nav');
  return (
    <form action={signOutAction}>
      <button type="submit" className="underline-offset-2 hover:underline">
        {t('signOut')}
      </button>
    </form>
  );
}
