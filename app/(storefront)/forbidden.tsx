import { ForbiddenMessage } from '@/components/ui/boundary-messages';

/** forbidden() in a page of this shell: the message inside the shell's own <main> (one per page). */
export default function Forbidden() {
  return <ForbiddenMessage />;
}
