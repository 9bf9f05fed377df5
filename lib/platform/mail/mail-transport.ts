// What the notification outbox hands to a mail transport.
export type OutgoingMessage = { to: string; subject: string; body: string };

/** Sends one message or throws; a message that throws is tried again next run (up to MAX_SEND_ATTEMPTS). */
export type NotificationTransport = { send: (message: OutgoingMessage) => Promise<void> };
