// The showroom's cookies on this device, for the actions that end a sale or a session. Not a 'use
// server' module: nothing here is an endpoint.
import 'server-only';
import { cookies } from 'next/headers';
import { SHOWROOM_COOKIE } from '@/lib/channels/channel-routing.rules';
import { SHOWROOM_CUSTOMER_COOKIE } from '@/lib/showroom/assisted-selling.rules';

/** A sale is finished (ordered, handed off, saved as a quote): the next customer starts as a walk-in. */
export async function forgetShowroomCustomer(): Promise<void> {
  (await cookies()).delete(SHOWROOM_CUSTOMER_COOKIE);
}

/** Sign-out on a shared tablet: the next person signs in without the store or the customer. */
export async function forgetShowroomSession(): Promise<void> {
  const jar = await cookies();
  jar.delete(SHOWROOM_COOKIE);
  jar.delete(SHOWROOM_CUSTOMER_COOKIE);
}
