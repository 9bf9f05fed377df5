import { signOutAction } from '@/app/(storefront)/auth-actions';

export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className="underline-offset-2 hover:underline">
        {label}
      </button>
    </form>
  );
}
