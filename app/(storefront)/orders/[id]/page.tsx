import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { CartRefresh } from '@/components/storefront/cart-refresh';
import { OrderStatusBadge } from '@/components/storefront/order-status-badge';
import { QrCode } from '@/components/storefront/qr-code';
import { LineItemsTable } from '@/components/storefront/line-items-table';
import { ButtonLink } from '@/components/ui/button';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { findGuestOrderId, listOrderMessages } from '@/lib/orders/account-orders.reads';
import { pickupStage } from '@/lib/orders/order-status.rules';
import { sendsEmail } from '@/lib/notifications/outbox.writes';
import { wordOrderMessage } from '@/lib/notifications/order-messages.rules';
import { findOrderSale, findOrderSummary, type OrderSummary } from '@/lib/orders/orders.reads';
import { getDb } from '@/lib/platform/db';
import { isAppError } from '@/lib/platform/errors';
import { formatDateTime, formatMoney, formatPercentBp, formatTime } from '@/lib/platform/i18n/format';
import type { Locale } from '@/lib/platform/i18n/locales';
import type { Translate } from '@/lib/platform/i18n/messages';
import { pageTitle } from '@/lib/platform/i18n/page-title';
import type { PaymentMethod } from '@/lib/payments/payment-providers.rules';
import { getLocale, getTranslations } from 'next-intl/server';
import { isUuid } from '@/lib/checkout/checkout.writes';
import { findOrderForCaller } from '@/lib/orders/orders.writes';
import { isCartId } from '@/lib/cart/cart.schemas';
import { CART_COOKIE } from '@/app/(storefront)/cart/cart-session';
import { ASSISTED_CART_COOKIE } from '@/lib/showroom/assisted-selling.rules';

export const generateMetadata = pageTitle('orders.title');

/**
 * The order for its owner or the staff who work it, or a guest order placed from this browser's
 * guest cart (its cart_id cookie) or a cart handed to it (assisted_cart); everyone else gets a 404, as for an order that does not exist.
 */
async function findVisibleOrder(orderId: string): Promise<OrderSummary | null> {
  if (!isUuid(orderId)) return null;
  const actor = await getCurrentActor();
  if (actor) {
    try {
      return await findOrderForCaller(getDb(), actor, orderId);
    } catch (error) {
      if (!isAppError(error) || error.code !== 'order.not_found') throw error;
    }
  }
  // The guest cart, or a cart handed to this device from the showroom, that became this order.
  const jar = await cookies();
  for (const cartId of [jar.get(CART_COOKIE)?.value, jar.get(ASSISTED_CART_COOKIE)?.value]) {
    if (isCartId(cartId) && (await findGuestOrderId(getDb(), orderId, cartId)))
      return findOrderSummary(getDb(), orderId);
  }
  return null;
}

type OrderProps = { order: OrderSummary; t: Translate; locale: Locale };

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [t, locale, order] = await Promise.all([getTranslations(), getLocale(), findVisibleOrder(id)]);
  if (!order) notFound();
  const [messages, sale] = await Promise.all([listOrderMessages(getDb(), order.id), findOrderSale(getDb(), order.id)]);
  const props = { order, t, locale };
  // Promise an e-mail only when this shop sends them; otherwise say where the messages appear.
  const aboutMessages = sendsEmail()
    ? t('orders.messagesByEmail', { email: order.email })
    : t(order.userId ? 'orders.messagesOnPageAndAccount' : 'orders.messagesOnPage');
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <CartRefresh />
      <div>
        <h1 className="text-2xl font-bold sm:text-3xl">{t('orders.title', { number: order.number })}</h1>
        <p className="mt-2">{t('orders.thanks')}</p>
        <p className="mt-1 text-sm text-gray-700">{aboutMessages}</p>
        <dl className="mt-4 grid grid-cols-[8rem_1fr] gap-2 text-sm">
          <dt className="font-semibold">{t('orders.statusLabel')}</dt>
          <dd data-testid="order-status">
            <OrderStatusBadge status={order.status} />
          </dd>
        </dl>
        <p className="mt-2 text-sm text-gray-700">
          {t('orders.placedAt', { date: formatDateTime(new Date(order.placedAt), locale) })}
        </p>
        {sale && (
          <p className="mt-1 text-sm text-gray-700" data-testid="order-sale">
            {sale.staffName
              ? t('orders.soldBy', { channel: sale.channelName, store: sale.storeName, staff: sale.staffName })
              : t('orders.soldAt', { channel: sale.channelName, store: sale.storeName })}
          </p>
        )}
      </div>
      <PickupCode {...props} />
      <OrderFulfilment {...props} />
      <OrderLines {...props} />
      <OrderMessages messages={messages} t={t} locale={locale} />
      <p className="flex flex-wrap gap-4">
        <ButtonLink href="/" variant="link">
          {t('orders.continue')}
        </ButtonLink>
        {order.userId && (
          <ButtonLink href="/account#orders" variant="link">
            {t('orders.account')}
          </ButtonLink>
        )}
      </p>
    </div>
  );
}

const collects = (order: OrderSummary) => order.fulfilment === 'pickup' || order.fulfilment === 'ship_to_store';

/**
 * The code (and its QR code) the customer shows at the counter, with where the order stands; a collected
 * order says so instead, a cancelled or returned one shows nothing.
 */
function PickupCode({ order, t }: OrderProps) {
  if (!collects(order)) return null;
  const stage = pickupStage(order.status);
  if (stage === 'closed') return null;
  if (stage === 'collected')
    return (
      <p className="rounded-lg border border-green-300 bg-green-50 p-4 text-green-900" data-testid="pickup-stage">
        {t('orders.collected')}
      </p>
    );
  if (!order.pickupCode) return null;
  return (
    <section
      aria-labelledby="pickup-code"
      className="flex flex-wrap items-center gap-6 rounded-lg border border-gray-200 bg-white p-4"
    >
      <QrCode value={order.pickupCode} label={t('orders.qrLabel', { code: order.pickupCode })} />
      <div>
        <h2 id="pickup-code" className="text-lg font-semibold">
          {t('orders.pickupCode')}
        </h2>
        <p className="mt-1 font-mono text-3xl tracking-widest" data-testid="pickup-code">
          {order.pickupCode}
        </p>
        <p className="mt-2 text-sm text-gray-700">{t('orders.pickupCodeHint')}</p>
        <p className="mt-2 text-sm" data-testid="pickup-stage">
          {stage === 'ready' ? t('orders.ready') : t('orders.notifyReady')}
        </p>
      </div>
    </section>
  );
}

function OrderFulfilment({ order, t, locale }: OrderProps) {
  const address = order.shippingAddress;
  return (
    <section aria-labelledby="order-fulfilment">
      <h2 id="order-fulfilment" className="text-lg font-semibold">
        {t('orders.fulfilment.title')}
      </h2>
      {order.fulfilment === 'delivery' && address && (
        <>
          <p className="mt-1">{t('orders.fulfilment.delivery')}</p>
          <address className="mt-1 not-italic">
            {address.name}
            <br />
            {address.street}
            <br />
            {address.postalCode} {address.city}
            <br />
            {address.country}
          </address>
        </>
      )}
      {collects(order) && order.pickupLocation && (
        <p className="mt-1">
          {t(order.fulfilment === 'pickup' ? 'orders.fulfilment.pickup' : 'orders.fulfilment.shipToStore', {
            store: order.pickupLocation.name,
          })}
        </p>
      )}
      {order.pickupSlot && (
        <p className="mt-1">
          {t('orders.slot', {
            from: formatDateTime(new Date(order.pickupSlot.start), locale),
            to: formatTime(new Date(order.pickupSlot.end), locale),
          })}
        </p>
      )}
      {order.payment.method && (
        <p className="mt-3 text-sm">
          <span className="font-semibold">{t('orders.payment.title')}:</span>{' '}
          {t(`orders.payment.${order.payment.method as PaymentMethod}`)}
          {order.payment.status && ` (${t(`orders.paymentStatus.${order.payment.status}`)})`}
        </p>
      )}
    </section>
  );
}

function OrderLines({ order, t, locale }: OrderProps) {
  const money = (amount: number) => formatMoney({ amount, currency: order.currency }, locale);
  return (
    <section aria-labelledby="order-lines">
      <h2 id="order-lines" className="mb-2 text-lg font-semibold">
        {t('orders.lines')}
      </h2>
      <LineItemsTable
        caption={t('orders.lines')}
        headings={[t('orders.product'), t('orders.quantity'), t('orders.unitPrice'), t('orders.lineTotal')]}
        rows={order.lines.map((line) => ({
          key: line.sku,
          name: line.productName,
          sku: line.sku,
          quantity: line.quantity,
          unit: money(line.unitAmount),
          total: money(line.lineAmount),
        }))}
        totals={[
          { label: t('orders.goods'), value: money(order.totalAmount - order.shipping.amount), testId: 'order-goods' },
          {
            label:
              order.shipping.amount > 0
                ? t('orders.shippingVat', { rate: formatPercentBp(order.shipping.vatRateBp, locale) })
                : t('orders.shipping'),
            value: order.shipping.amount === 0 ? t('cart.shippingFree') : money(order.shipping.amount),
            testId: 'order-shipping',
          },
          { label: t('orders.total'), value: money(order.totalAmount), testId: 'order-total' },
        ]}
      />
      <p className="mt-1 text-xs text-gray-600">
        {order.pricesIncludeVat ? t('product.inclVat') : t('product.exclVat')}
      </p>
    </section>
  );
}

type OrderMessages = Awaited<ReturnType<typeof listOrderMessages>>;

/** What the outbox holds for this order (the messages an account lists), worded in the reader's language. */
function OrderMessages({ messages, t, locale }: { messages: OrderMessages; t: Translate; locale: Locale }) {
  return (
    <section aria-labelledby="order-messages">
      <h2 id="order-messages" className="text-lg font-semibold">
        {t('orders.messages.title')}
      </h2>
      {messages.length === 0 ? (
        <p className="mt-1 text-sm text-gray-700">{t('orders.messages.empty')}</p>
      ) : (
        <ul className="mt-3 space-y-3" data-testid="order-messages">
          {messages.map((m) => {
            const { subject, body } = m.message ? wordOrderMessage(t, m.message) : m;
            return (
              <li key={m.id} className="rounded-lg border border-gray-200 bg-white p-3 text-sm">
                <p className="font-semibold">{subject}</p>
                <p className="text-xs text-gray-600">
                  {formatDateTime(m.createdAt, locale)}
                  {m.sentAt && <> · {t('orders.messages.emailed')}</>}
                </p>
                <p className="mt-1 whitespace-pre-line">{body}</p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
