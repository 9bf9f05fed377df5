'use client';

// The enhancing half of the listing filters: with JavaScript a change applies at once (a client
// navigation, no "Apply"), and on phones and tablets the filters move into a drawer. Without it the
// same markup is a plain GET form with its submit button, placed below the results.
import Form from 'next/form';
import { createContext, use, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { cx } from '@/components/ui/cx';
import { LazyDrawer } from '@/components/ui/lazy-drawer';
import { useHydrated } from '@/components/ui/use-hydrated';

/**
 * A GET form that submits itself on every committed change (a box ticked, a select changed, a price
 * typed and left). `state` is the listing URL the page shows: when it changes (a chip removed, the
 * other form used) the controls are reset to the values the server rendered for it.
 * Elements with `scripting:hidden group-data-enhanced:hidden` (the submit button) are hidden wherever
 * scripts run (and, where the browser cannot tell, once React runs).
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
  /** A name makes the form a landmark: give one to the filters, not to a form of one labelled control. */
  label?: string;
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
    // A choice made after the first paint but before this listener existed applies now (the submit
    // button is hidden wherever scripts run, so it could not be sent otherwise).
    if (choiceChangedSinceRender(form)) form.requestSubmit();
    return () => form.removeEventListener('change', apply);
  }, []);
  // Reset only when the URL changes after mount: a choice made before hydration must survive it.
  const shown = useRef(state);
  useEffect(() => {
    if (shown.current === state) return;
    shown.current = state;
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

/** Whether a select, box or radio button differs from what the server rendered (typed text does not count). */
function choiceChangedSinceRender(form: HTMLFormElement): boolean {
  return Array.from(form.elements).some((element) => {
    if (element instanceof HTMLSelectElement) {
      // A select without a preselected option shows its first one.
      const rendered = Array.from(element.options).findIndex((option) => option.defaultSelected);
      return element.selectedIndex !== Math.max(0, rendered);
    }
    if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio'))
      return element.checked !== element.defaultChecked;
    return false;
  });
}

const WIDE = '(min-width: 80rem)'; // Tailwind's xl: the filters are a sidebar from here on
const subscribeWide = (onChange: () => void) => {
  const query = window.matchMedia(WIDE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};
/** Whether the filters are a sidebar (wide screens, and always in the server's HTML and without JavaScript). */
const useSidebar = () =>
  useSyncExternalStore(
    subscribeWide,
    () => window.matchMedia(WIDE).matches,
    () => true,
  );

const PanelState = createContext<{ isOpen: boolean; setOpen: (open: boolean) => void }>({
  isOpen: false,
  setOpen: () => {},
});

/** Holds whether the phone and tablet filter drawer is open, for its button and the panel. */
export function FilterPanelProvider({ children }: { children: ReactNode }) {
  const [isOpen, setOpen] = useState(false);
  return <PanelState value={{ isOpen, setOpen }}>{children}</PanelState>;
}

/**
 * "Filter (n)" on phones and tablets: without JavaScript a link to the filters below the results, with
 * it a button that opens them in a drawer.
 */
export function FilterButton({ label }: { label: string }) {
  const hydrated = useHydrated();
  const { setOpen } = use(PanelState);
  const style = { variant: 'secondary', size: 'touch' } as const;
  if (!hydrated)
    return (
      <a href="#filters" className={buttonClasses(style)}>
        {label}
      </a>
    );
  return (
    <Button {...style} aria-haspopup="dialog" onClick={() => setOpen(true)}>
      {label}
    </Button>
  );
}

/**
 * The filters, rendered once: a sidebar beside the results on wide screens (and below them without
 * JavaScript), a drawer on phones and tablets that stays open while its changes apply.
 */
export function FilterPanel({
  title,
  closeLabel,
  showLabel,
  className,
  children,
}: {
  title: string;
  closeLabel: string;
  showLabel: string;
  className?: string;
  children: ReactNode;
}) {
  const hydrated = useHydrated();
  const sidebar = useSidebar();
  const { isOpen, setOpen } = use(PanelState);
  if (!hydrated || sidebar)
    return (
      <div className={className}>
        <h2 id="filters" className="text-lg font-semibold xl:sr-only">
          {title}
        </h2>
        {children}
      </div>
    );
  return (
    <LazyDrawer
      title={title}
      closeLabel={closeLabel}
      isOpen={isOpen}
      onOpenChange={setOpen}
      footer={
        <Button size="touch" className="w-full" onClick={() => setOpen(false)}>
          {showLabel}
        </Button>
      }
    >
      {children}
    </LazyDrawer>
  );
}
