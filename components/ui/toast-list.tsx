'use client';

// The toasts' region and its React Aria parts, loaded by ToastRegion (toast.tsx) when the first toast shows.
import {
  Text,
  UNSTABLE_Toast as AriaToast,
  UNSTABLE_ToastContent as AriaToastContent,
  UNSTABLE_ToastRegion as AriaToastRegion,
} from 'react-aria-components';
import { CloseButton } from './close-button';
import { cx } from './cx';
import { toastQueue, type ToastTone } from './toast-queue';

const tones: Record<ToastTone, string> = {
  success: 'border-l-green-700',
  info: 'border-l-blue-700',
  error: 'border-l-red-700',
};

/**
 * Where toasts appear: a landmark region named "n notifications" by React Aria (translated through
 * UiProvider's locale), reachable with F6; the timer pauses while the pointer or focus is on a toast,
 * and the close button is named "Close" in the page's language.
 */
export function ToastList() {
  return (
    <AriaToastRegion
      queue={toastQueue}
      className="fixed inset-x-4 bottom-4 z-60 flex flex-col gap-2 outline-none sm:right-4 sm:left-auto sm:w-96"
    >
      {({ toast: queued }) => (
        <AriaToast
          toast={queued}
          className={cx(
            'flex items-start gap-2 rounded-md border border-l-4 border-gray-200 bg-white py-2 pr-1 pl-3 shadow-lg',
            tones[queued.content.tone ?? 'info'],
          )}
        >
          <AriaToastContent className="min-w-0 flex-1 py-1.5 text-sm">
            <Text slot="title" className="block font-semibold">
              {queued.content.title}
            </Text>
            {queued.content.description && (
              <Text slot="description" className="block text-gray-700">
                {queued.content.description}
              </Text>
            )}
          </AriaToastContent>
          <CloseButton />
        </AriaToast>
      )}
    </AriaToastRegion>
  );
}
