'use client';

// The enhancing half of the listing filters: with JavaScript a change applies at once (a client
// navigation, no "Apply"), and on phones and tablets the filters move into a drawer. Without it the
// same markup is a plain GET form with its submit button, placed below the results.
import Form from 'next/form';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { cx } from '@/components/ui/cx';
import { Drawer } from '@/components/ui/drawer';
import { useHydrated } from '@/components/ui/use-hydrated';

/**
 * A GET form that submits itself on every committed change (a box ticked, a select changed, a price
 * typed and left). `state` is the listing URL the page shows: when it changes (a chip removed, the
 * other form used) the controls are reset to the values the server rendered for it.
 * Elements with `group-data-enhanced:hidden` (the submit button) disappear once JavaScript runs.
 */
export function ListingForm({
  action,
  state,
  label,
  className,
  children,
}: {
  action: string;
  state: string;
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLFormElement>(null);
  const hydrated = useHydrated();
  useEffect(() => {
    const form = ref.current;
    if (!form) return;
    const apply = (event: Event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && !target.checkValidity()) return;
      form.requestSubmit();
    };
    form.addEventListener('change', apply);
    return () => form.removeEventListener('change', apply);
  }, []);
  useEffect(() => {
    ref.current?.reset();
  }, [state]);
  return (
    <Form
      ref={ref}
      action={action}
      scroll={false}
      aria-label={label}
      data-enhanced={hydrated || undefined}
      className={cx('group', className)}
    >
      {children}
    </Form>
  );
}

/** The filter sidebar: beside the results on large screens; below them on smaller ones until JavaScript moves it into the drawer. */
export function FilterSidebar({ className, children }: { className?: string; children: ReactNode }) {
  const hydrated = useHydrated();
  return <div className={cx(className, hydrated && 'hidden lg:block')}>{children}</div>;
}

/**
 * "Filter (n)" on phones and tablets: a link to the filters below the results without JavaScript,
 * a button that opens them in a drawer with it. The drawer stays open while its changes apply.
 */
export function FilterDrawer({
  triggerLabel,
  title,
  closeLabel,
  showLabel,
  children,
}: {
  triggerLabel: string;
  title: string;
  closeLabel: string;
  showLabel: string;
  children: ReactNode;
}) {
  const hydrated = useHydrated();
  const [isOpen, setOpen] = useState(false);
  const style = { variant: 'secondary', size: 'touch' } as const;
  if (!hydrated)
    return (
      <a href="#filters" className={buttonClasses(style)}>
        {triggerLabel}
      </a>
    );
  return (
    <Drawer
      title={title}
      closeLabel={closeLabel}
      triggerLabel={triggerLabel}
      triggerStyle={style}
      isOpen={isOpen}
      onOpenChange={setOpen}
      footer={
        <Button size="touch" className="w-full" onClick={() => setOpen(false)}>
          {showLabel}
        </Button>
      }
    >
      {children}
    </Drawer>
  );
}
