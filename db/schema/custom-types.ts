import { customType } from 'drizzle-orm/pg-core';

/** PostgreSQL full-text vector; written by a trigger, never by the application. */
export const tsvector = customType<{ data: string }>({
  dataType() {
    return 'tsvector';
  },
});
