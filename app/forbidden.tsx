import { ForbiddenMessage } from '@/components/ui/boundary-messages';

export default function Forbidden() {
  return (
    <main id="main">
      <ForbiddenMessage />
    </main>
  );
}
