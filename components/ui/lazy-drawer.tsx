'use client';

import dynamic from 'next/dynamic';
import { useState, type ComponentProps } from 'react';

// React Aria's modal is a large part of a page's JavaScript; most visitors never open a drawer.
const Drawer = dynamic(() => import('./drawer').then((module) => module.Drawer), { ssr: false });

/**
 * A Drawer opened only from a button elsewhere (`isOpen`), whose code loads the first time it opens
 * (docs/decisions.md). Until then it renders nothing, as a closed Drawer does; from then on it stays
 * rendered, so that it can also animate closing. React Aria returns the focus to the button on close.
 */
export function LazyDrawer(props: Omit<ComponentProps<typeof Drawer>, 'triggerLabel' | 'triggerStyle'>) {
  const [used, setUsed] = useState(false);
  if (props.isOpen && !used) setUsed(true);
  return used ? <Drawer {...props} /> : null;
}
