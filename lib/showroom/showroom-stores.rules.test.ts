import { describe, expect, it } from 'vitest';
import { showroomEntry, showroomStoresFor, type ShowroomStore } from './showroom-stores.rules';

const store = (code: string): ShowroomStore => ({ id: `id-${code}`, code, name: `Store ${code}`, city: code });
const [ber, ham, muc] = [store('BER'), store('HAM'), store('MUC')];
const all = [ber, ham, muc];

describe('showroomStoresFor', () => {
  it.each([
    ['every store for a role that reaches everywhere', 'all' as const, all, ['BER', 'HAM', 'MUC']],
    ['only the assigned store', ['id-HAM'], all, ['HAM']],
    ['several assigned stores, in the stores’ order', ['id-MUC', 'id-BER'], all, ['BER', 'MUC']],
    ['none without an assignment', [], all, []],
    ['an assigned store that is not active is left out', ['id-XXX'], all, []],
    ['nothing when there are no stores', 'all' as const, [], []],
  ])('%s', (_name, reach, stores, codes) => {
    expect(showroomStoresFor(reach, stores).map((s) => s.code)).toEqual(codes);
  });
});

describe('showroomEntry', () => {
  it('has nothing to open without a store', () => {
    expect(showroomEntry([])).toEqual({ kind: 'none' });
  });
  it('goes straight into the only store', () => {
    expect(showroomEntry([ham])).toEqual({ kind: 'direct', store: ham });
  });
  it('lets staff with several stores choose', () => {
    expect(showroomEntry([ber, ham])).toEqual({ kind: 'choose', stores: [ber, ham] });
  });
});
