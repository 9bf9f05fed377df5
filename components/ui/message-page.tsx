import Link from 'next/link';
import type { ReactNode } from 'react';

/** A page that only says one thing (not found, access denied, empty cart) and offers a way on. */
export function MessagePage({
  title,
  text,
  link,
}: {
  title: string;
  text: ReactNode;
  link: { href: string; label: string };
}) {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-4 text-gray-700">{text}</p>
      <p className="mt-8">
        <Link href={link.href} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {link.label}
        </Link>
      </p>
    </div>
  );
}
