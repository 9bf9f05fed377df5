'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { StatusMessage } from '@/components/ui/status-message';
import { EMPTY_SCAN, feedScanKey, findHref, SCANNABLE_CODE } from '@/lib/showroom/barcode-scanner.rules';

const NOT_TYPED = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'file', 'range', 'color']);

/** A field the person is typing into: there a scanner's keys are the field's, not a scan. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true;
  return target instanceof HTMLInputElement && !NOT_TYPED.has(target.type);
}

/**
 * A barcode scanner works from every showroom screen: it types the code and Enter faster than a person
 * (lib/showroom/barcode-scanner.rules.ts). While no text field has focus, such a run opens the code's
 * product. Listens in the capture phase so the Enter does not also press a focused button.
 */
export function ScannerListener() {
  const t = useTranslations('showroom.scanner');
  const router = useRouter();
  const [looking, setLooking] = useState<string | null>(null);
  useEffect(() => {
    let buffer = EMPTY_SCAN;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) {
        buffer = EMPTY_SCAN;
        return;
      }
      const result = feedScanKey(buffer, event.key, event.timeStamp);
      buffer = result.buffer;
      if (!result.code || !SCANNABLE_CODE.test(result.code)) return;
      event.preventDefault();
      event.stopPropagation();
      setLooking(result.code);
      router.push(findHref(result.code));
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [router]);
  return (
    <StatusMessage tone="info" plain className="sr-only">
      {looking && t('looking', { code: looking })}
    </StatusMessage>
  );
}
