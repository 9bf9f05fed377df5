'use client';

import type { ReactNode } from 'react';
import {
  Button as AriaButton,
  Dialog as AriaDialog,
  DialogTrigger,
  Heading,
  Modal,
  ModalOverlay,
} from 'react-aria-components';
import { buttonClasses, type ButtonStyle } from './button';
import { CloseButton } from './close-button';

/**
 * A modal sheet that slides in from the right on wider screens and up from the bottom on phones (where
 * a thumb reaches it), for the phone filter panel and the mini-cart. Built on React Aria's Modal like
 * Dialog: focus is held inside, Escape or a tap on the backdrop closes it, focus returns to the button.
 * Without JavaScript the trigger does nothing, so keep what it holds reachable another way.
 * Without `triggerLabel` it has no button of its own: the caller opens it with `isOpen` from a button
 * elsewhere (React Aria returns focus to that button on close).
 */
export function Drawer({
  title,
  closeLabel,
  triggerLabel,
  triggerStyle = { variant: 'secondary' },
  isOpen,
  onOpenChange,
  footer,
  children,
}: {
  title: ReactNode;
  closeLabel: string;
  triggerLabel?: ReactNode;
  triggerStyle?: ButtonStyle;
  isOpen?: boolean;
  onOpenChange?: (isOpen: boolean) => void;
  /** Stays in view below the scrolling content ("Show 24 results", "Go to checkout"). */
  footer?: ReactNode;
  children: ReactNode | ((drawer: { close: () => void }) => ReactNode);
}) {
  const sheet = (
    <ModalOverlay
      isDismissable
      isOpen={triggerLabel == null ? isOpen : undefined}
      onOpenChange={triggerLabel == null ? onOpenChange : undefined}
      className="fixed inset-0 z-50 bg-black/50 transition-opacity duration-200 data-entering:opacity-0 data-exiting:opacity-0 motion-reduce:transition-none"
    >
      <Modal className="fixed inset-x-0 bottom-0 flex max-h-[85dvh] flex-col rounded-t-xl bg-white shadow-xl transition-transform duration-200 ease-out data-entering:translate-y-full data-exiting:translate-y-full motion-reduce:transition-none sm:inset-y-0 sm:right-0 sm:left-auto sm:max-h-none sm:w-96 sm:max-w-[calc(100vw-3rem)] sm:rounded-none sm:data-entering:translate-x-full sm:data-entering:translate-y-0 sm:data-exiting:translate-x-full sm:data-exiting:translate-y-0">
        <AriaDialog className="flex min-h-0 flex-1 flex-col outline-none">
          {({ close }) => (
            <>
              <div className="flex items-center justify-between gap-2 border-b border-gray-200 py-1 pr-1 pl-4">
                <Heading slot="title" className="text-lg font-semibold">
                  {title}
                </Heading>
                <CloseButton label={closeLabel} />
              </div>
              <div className="min-h-0 flex-1 overflow-y-auto p-4">
                {typeof children === 'function' ? children({ close }) : children}
              </div>
              {footer != null && <div className="border-t border-gray-200 p-4">{footer}</div>}
            </>
          )}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
  if (triggerLabel == null) return sheet;
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={onOpenChange}>
      <AriaButton className={buttonClasses(triggerStyle)}>{triggerLabel}</AriaButton>
      {sheet}
    </DialogTrigger>
  );
}
