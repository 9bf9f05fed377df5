'use client';

import {
  Text,
  UNSTABLE_Toast as AriaToast,
  UNSTABLE_ToastContent as AriaToastContent,
  UNSTABLE_ToastQueue as ToastQueue,
  UNSTABLE_ToastRegion as AriaToastRegion,
} from 'react-aria-components';
import { CloseButton } from './close-button';
import { cx } from './cx';

export type ToastTone = 'success' | 'info' | 'error';
export type ToastContent = { title: string; description?: string; tone?: ToastTone };

// One queue for the whole page: toast() can be called from any client component, the region shows it.
const queue = new ToastQueue<ToastContent>({ maxVisibleToasts: 3 });

/** How long a toast stays: errors stay until closed, because they may need reading twice. */
const NOTE_TIMEOUT_MS = 6000;

/**
 * Shows a short note that needs no answer ("Saved", "Added to cart") in the ToastRegion; returns its
 * key for `dismissToast`. For the result of a form, prefer a StatusMessage beside the form: a toast
 * disappears, and it works only with JavaScript.
 */
export function toast(content: ToastContent): string {
  return queue.add(content, { timeout: content.tone === 'error' ? undefined : NOTE_TIMEOUT_MS });
}

export function dismissToast(key: string) {
  queue.close(key);
}

/** The same `toast` function, for components that prefer a hook. */
export function useToast() {
  return toast;
}

const tones: Record<ToastTone, string> = {
  success: 'border-l-green-700',
  info: 'border-l-blue-700',
  error: 'border-l-red-700',
};

/**
 * Where toasts appear, once per page (in the root layout): a landmark region named "n notifications"
 * by React Aria (translated through UiProvider's locale), reachable with F6; the timer pauses while the
 * pointer or focus is on a toast, and the close button is named "Close" in the page's language.
 */
export function ToastRegion() {
  return (
    <AriaToastRegion
      queue={queue}
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
