'use client';

import dynamic from 'next/dynamic';
import { useState, useSyncExternalStore } from 'react';
import { toastQueue, type ToastContent } from './toast-queue';

export type { ToastContent, ToastTone } from './toast-queue';

/** How long a toast stays: errors stay until closed, because they may need reading twice. */
const NOTE_TIMEOUT_MS = 6000;

/**
 * Shows a short note that needs no answer ("Saved", "Added to cart") in the ToastRegion; returns its
 * key for `dismissToast`. For the result of a form, prefer a StatusMessage beside the form: a toast
 * disappears, and it works only with JavaScript.
 */
export function toast(content: ToastContent): string {
  return toastQueue.add(content, { timeout: content.tone === 'error' ? undefined : NOTE_TIMEOUT_MS });
}

export function dismissToast(key: string) {
  toastQueue.close(key);
}

/** The same `toast` function, for components that prefer a hook. */
export function useToast() {
  return toast;
}

// React Aria's toast region loads with the first toast, not with every page (docs/decisions.md).
const ToastList = dynamic(() => import('./toast-list').then((module) => module.ToastList), { ssr: false });

const subscribe = (onChange: () => void) => toastQueue.subscribe(onChange);
const hasToasts = () => toastQueue.visibleToasts.length > 0;
const noToastsOnServer = () => false;

/**
 * Where toasts appear, once per page (in the root layout). React Aria's region renders nothing while
 * there are no toasts, so it is rendered only from the first toast on (then it stays, so that a toast
 * can animate out).
 */
export function ToastRegion() {
  const showing = useSyncExternalStore(subscribe, hasToasts, noToastsOnServer);
  const [used, setUsed] = useState(false);
  if (showing && !used) setUsed(true);
  return used ? <ToastList /> : null;
}
