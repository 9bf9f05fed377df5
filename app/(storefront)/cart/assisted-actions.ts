'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { validatedAction } from '@/lib/platform/auth/validated-action';
import { closeAssistedCart } from './cart-session';

/**
 * Leaves a handed-off or quoted cart on this device and goes back to the visitor's own cart and shop.
 * Public on purpose: it only deletes the caller's own cookie; the cart itself stays as it was.
 */
export const leaveAssistedCartAction = validatedAction('public', z.object({}), async () => {
  await closeAssistedCart();
  redirect('/cart');
});
