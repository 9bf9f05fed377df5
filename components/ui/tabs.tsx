'use client';

import type { ReactNode } from 'react';
import {
  type Key,
  Tab as AriaTab,
  TabList as AriaTabList,
  TabPanel as AriaTabPanel,
  Tabs as AriaTabs,
} from 'react-aria-components';
import { cx } from './cx';

/**
 * Tabs on React Aria: one Tab stop for the list, arrow keys (Home, End) move between tabs, the panel
 * follows the selected tab. Parts: Tabs > TabList (needs a `label`) > Tab, then one TabPanel per Tab
 * with the same `id`. Only the selected panel is rendered; for content that must be in the page without
 * JavaScript, use headings and sections instead.
 */
export function Tabs({
  defaultSelectedKey,
  selectedKey,
  onSelectionChange,
  className,
  children,
}: {
  defaultSelectedKey?: Key;
  selectedKey?: Key;
  onSelectionChange?: (key: Key) => void;
  className?: string;
  children: ReactNode;
}) {
  return (
    <AriaTabs
      defaultSelectedKey={defaultSelectedKey}
      selectedKey={selectedKey}
      onSelectionChange={onSelectionChange}
      className={className}
    >
      {children}
    </AriaTabs>
  );
}

/** The row of tabs; `label` names it for screen readers ("Order details"). Scrolls sideways on phones. */
export function TabList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <AriaTabList aria-label={label} className="flex overflow-x-auto border-b border-gray-300">
      {children}
    </AriaTabList>
  );
}

export function Tab({ id, isDisabled, children }: { id: Key; isDisabled?: boolean; children: ReactNode }) {
  return (
    <AriaTab
      id={id}
      isDisabled={isDisabled}
      className={({ isSelected, isDisabled: disabled }) =>
        cx(
          // -mb-px: the selected tab's underline sits on the list's border instead of below it.
          '-mb-px inline-flex min-h-11 cursor-pointer items-center border-b-2 px-4 text-sm font-medium whitespace-nowrap',
          // The list scrolls, which clips anything outside it: the focus ring goes inside the tab.
          'focus-visible:-outline-offset-2',
          isSelected ? 'border-brand-700 text-brand-800' : 'border-transparent text-gray-700 hover:text-ink',
          disabled && 'cursor-not-allowed opacity-60',
        )
      }
    >
      {children}
    </AriaTab>
  );
}

export function TabPanel({ id, className, children }: { id: Key; className?: string; children: ReactNode }) {
  return (
    <AriaTabPanel id={id} className={cx('pt-4', className)}>
      {children}
    </AriaTabPanel>
  );
}
