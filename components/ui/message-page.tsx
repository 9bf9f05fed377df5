import type { ReactNode } from 'react';
import { ButtonLink } from './button';

/**
 * A page that only says one thing (not found, access denied, empty cart) and offers a way on: a link,
 * or an `action` of its own (the error page's "Try again" button).
 */
export function MessagePage({
  title,
  text,
  ...next
}: {
  title: string;
  text: ReactNode;
} & ({ link: { href: string; label: string } } | { action: ReactNode })) {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-4 text-gray-700">{text}</p>
      <div className="mt-8 flex justify-center">
        {'link' in next ? (
          <ButtonLink href={next.link.href} size="lg">
            {next.link.label}
          </ButtonLink>
        ) : (
          next.action
        )}
      </div>
    </div>
  );
}
