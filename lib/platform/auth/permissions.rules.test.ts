import { describe, expect, it } from 'vitest';
import { can, requirePermission, storesWhere, type Actor, type Permission, type Role } from './permissions.rules';

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

describe('can with a scope', () => {
  const berlinStaff: Actor = { ...actor('staff'), staffLocationIds: ['ber'] };
  const acmeBuyer: Actor = {
    ...actor('customer'),
    companies: [{ companyId: 'acme', companyName: 'ACME', role: 'buyer' }],
  };

  it('lets staff act only at their assigned stores, admins at every store', () => {
    expect(can(berlinStaff, 'orders:manage', { store: 'ber' })).toBe(true);
    expect(can(berlinStaff, 'orders:manage', { store: 'ham' })).toBe(false);
    expect(can(berlinStaff, 'orders:manage', { store: '' })).toBe(false);
    expect(can(actor('admin'), 'orders:manage', { store: 'ham' })).toBe(true);
    // A scope never grants what the role does not.
    expect(can(actor('merchandiser'), 'orders:manage', { store: 'ber' })).toBe(false);
  });

  it('lets a customer act only inside their own company', () => {
    expect(can(acmeBuyer, 'company:shop', { company: 'acme' })).toBe(true);
    expect(can(acmeBuyer, 'company:shop', { company: 'globex' })).toBe(false);
    expect(can(actor('customer'), 'company:shop', { company: 'acme' })).toBe(false);
    expect(can(null, 'company:shop', { company: 'acme' })).toBe(false);
  });

  it('lists the stores where a permission holds', () => {
    expect(storesWhere(berlinStaff, 'orders:manage')).toEqual(['ber']);
    expect(storesWhere(actor('admin'), 'orders:manage')).toBe('all');
    expect(storesWhere(actor('customer'), 'orders:manage')).toEqual([]);
    expect(storesWhere({ ...actor('staff', 'admin'), staffLocationIds: ['ber'] }, 'orders:manage')).toBe('all');
  });

  it('answers a scoped denial with the caller’s code', () => {
    expect(() => requirePermission(berlinStaff, 'orders:manage', { store: 'ham' })).toThrow(
      expect.objectContaining({ status: 403, code: 'auth.forbidden' }),
    );
    expect(() => requirePermission(berlinStaff, 'orders:manage', { store: 'ham' }, 'order.other_store')).toThrow(
      expect.objectContaining({ status: 403, code: 'order.other_store' }),
    );
  });
});
