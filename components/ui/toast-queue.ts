import { UNSTABLE_ToastQueue as ToastQueue } from 'react-aria-components';

export type ToastTone = 'success' | 'info' | 'error';
export type ToastContent = { title: string; description?: string; tone?: ToastTone };

// One queue for the whole page: toast() (toast.tsx) can be called from any client component, the
// region (toast-list.tsx) shows it.
export const toastQueue = new ToastQueue<ToastContent>({ maxVisibleToasts: 3 });
