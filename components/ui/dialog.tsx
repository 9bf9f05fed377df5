'use client';

import { useId, type ReactNode, type Ref } from 'react';
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

export type DialogProps = {
  title: ReactNode;
  description?: ReactNode;
  /** The × button's accessible name. Leave it out only when the content has its own cancel button. */
  closeLabel?: string;
  /** The button that opens the dialog; without it, open the dialog with `isOpen`. */
  triggerLabel?: ReactNode;
  triggerStyle?: ButtonStyle;
  triggerRef?: Ref<HTMLButtonElement>;
  /** The trigger belongs to this form (its id) though it sits outside it. */
  triggerForm?: string;
  triggerPending?: boolean;
  isOpen?: boolean;
  onOpenChange?: (isOpen: boolean) => void;
  /** alertdialog for a question that interrupts (ConfirmDialog). */
  role?: 'dialog' | 'alertdialog';
  children?: ReactNode | ((dialog: { close: () => void }) => ReactNode);
};

/**
 * A modal dialog on React Aria: focus moves into it and is held there, Escape or a click outside
 * closes it, and focus returns to the button that opened it. It needs JavaScript: for a page that must
 * work without, link to a page instead.
 */
export function Dialog({
  title,
  description,
  closeLabel,
  triggerLabel,
  triggerStyle,
  triggerRef,
  triggerForm,
  triggerPending,
  isOpen,
  onOpenChange,
  role = 'dialog',
  children,
}: DialogProps) {
  const descriptionId = useId();
  const overlay = (
    <ModalOverlay
      isDismissable
      // Without a trigger the overlay holds the open state; with one, DialogTrigger does.
      {...(triggerLabel == null ? { isOpen, onOpenChange } : {})}
      className="fixed inset-0 z-50 flex items-center justify-center bg-black/50 p-4 transition-opacity duration-150 data-entering:opacity-0 data-exiting:opacity-0 motion-reduce:transition-none"
    >
      <Modal className="max-h-[calc(100dvh-2rem)] w-full max-w-lg overflow-y-auto rounded-lg bg-white shadow-xl transition duration-150 data-entering:scale-95 data-exiting:scale-95 motion-reduce:transition-none">
        <AriaDialog
          role={role}
          aria-describedby={description != null ? descriptionId : undefined}
          className="relative p-6 outline-none"
        >
          {({ close }) => (
            <>
              <Heading slot="title" className="pr-10 text-lg font-semibold">
                {title}
              </Heading>
              {closeLabel && <CloseButton label={closeLabel} className="absolute top-2 right-2" />}
              {description != null && (
                <p id={descriptionId} className="mt-2 text-sm text-gray-700">
                  {description}
                </p>
              )}
              {typeof children === 'function' ? children({ close }) : children}
            </>
          )}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
  if (triggerLabel == null) return overlay;
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={onOpenChange}>
      <AriaButton
        ref={triggerRef}
        form={triggerForm}
        isPending={triggerPending}
        className={buttonClasses(triggerStyle)}
      >
        {triggerLabel}
      </AriaButton>
      {overlay}
    </DialogTrigger>
  );
}
