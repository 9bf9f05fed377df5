import { NotFoundMessage } from '@/components/ui/boundary-messages';

/** notFound() in a page of this shell: the message inside the shell's own <main> (one per page). */
export default function NotFound() {
  return <NotFoundMessage />;
}
