import Link from 'next/link';

/** The "back to the list" link above a back-office detail page. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <p className="text-sm">
      <Link href={href} className="underline">
        {label}
      </Link>
    </p>
  );
}
