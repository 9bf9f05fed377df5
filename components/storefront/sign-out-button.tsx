import { useTranslations } from 'next-intl';
import { signOutAction } from '@/app/(storefront)/auth-actions';
import { Button } from '@/components/ui/button';

export function SignOutButton() {
  const t = useTranslations('nav');
  return (
    <form action={signOutAction}>
      <Button type="submit" variant="quiet">
        {t('signOut')}
      </Button>
    </form>
  );
}
