import { describe, expect, it } from 'vitest';
import { can, requirePermission, type Actor, type Permission, type Role } from './permissions.rules';

const actor = (...roles: Role[]): Actor => ({
  userId: 'u',
  email: 'u@example.com',
  name: 'U',
  roles,
  companies: [],
  staffLocationIds: [],
});

describe('can', () => {
  const table: Array<[string, Actor | null, Permission, boolean]> = [
    ['anonymous', null, 'backoffice:access', false],
    ['customer', actor('customer'), 'backoffice:access', false],
    ['staff', actor('staff'), 'backoffice:access', false],
    ['merchandiser', actor('merchandiser'), 'backoffice:access', true],
    ['admin', actor('admin'), 'backoffice:access', true],
    ['customer', actor('customer'), 'catalog:write', false],
    ['merchandiser', actor('merchandiser'), 'catalog:write', true],
    ['staff+customer', actor('staff', 'customer'), 'audit:read', false],
    ['customer+admin', actor('customer', 'admin'), 'audit:read', true],
    ['anonymous', null, 'jobs:read', false],
    ['staff', actor('staff'), 'jobs:read', false],
    ['merchandiser', actor('merchandiser'), 'jobs:read', false],
    ['admin', actor('admin'), 'jobs:read', true],
  ];
  it.each(table)('%s on %s -> %s', (_label, who, permission, expected) => {
    expect(can(who, permission)).toBe(expected);
  });
});

describe('requirePermission', () => {
  it('answers 401 for anonymous and 403 for the wrong role', () => {
    expect(() => requirePermission(null, 'catalog:read')).toThrow(expect.objectContaining({ status: 401 }));
    expect(() => requirePermission(actor('customer'), 'catalog:read')).toThrow(
      expect.objectContaining({ status: 403 }),
    );
    expect(() => requirePermission(actor('admin'), 'catalog:read')).not.toThrow();
  });
});
