import { NotFoundMessage } from '@/components/ui/boundary-messages';

/** An address no route matches: outside every shell, so this page has the <main> itself. */
export default function NotFound() {
  return (
    <main id="main">
      <NotFoundMessage />
    </main>
  );
}
