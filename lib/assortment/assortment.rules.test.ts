import { describe, expect, it } from 'vitest';
import {
  buyerAudienceKeys,
  combineDecisions,
  decideListing,
  materialiseAssortment,
  type AssortmentAudience,
  type AssortmentMode,
  type AssortmentProduct,
  type AssortmentRule,
  type AssortmentTarget,
} from './assortment.rules';

const bike: AssortmentProduct = {
  productId: 'p-bike',
  categoryPath: 'bikes/city-kids-bikes/city-bikes',
  brandId: 'b-velo',
  tags: ['bestseller'],
};
const cargo: AssortmentProduct = {
  productId: 'p-cargo',
  categoryPath: 'e-bikes/e-city-cargo/e-cargo-bikes',
  brandId: 'b-velo',
  tags: ['bulky'],
};
const lock: AssortmentProduct = {
  productId: 'p-lock',
  categoryPath: 'parts-accessories/safety-security/bike-locks',
  brandId: null,
  tags: [],
};

const everyone: AssortmentAudience = { kind: 'everyone' };
const trade: AssortmentAudience = { kind: 'group', groupId: 'trade' };
const regulars: AssortmentAudience = { kind: 'group', groupId: 'regulars' };
const acme: AssortmentAudience = { kind: 'company', companyId: 'acme' };

let n = 0;
const rule = (
  effect: 'include' | 'exclude',
  target: AssortmentTarget,
  audience: AssortmentAudience = everyone,
): AssortmentRule => ({ id: `r${++n}`, effect, target, audience });
const inc = (target: AssortmentTarget, audience?: AssortmentAudience) => rule('include', target, audience);
const exc = (target: AssortmentTarget, audience?: AssortmentAudience) => rule('exclude', target, audience);
const cat = (path: string): AssortmentTarget => ({ kind: 'category', path });
const all: AssortmentTarget = { kind: 'all' };
const product = (productId: string): AssortmentTarget => ({ kind: 'product', productId });
const brand = (brandId: string): AssortmentTarget => ({ kind: 'brand', brandId });
const tag = (t: string): AssortmentTarget => ({ kind: 'tag', tag: t });

const ANON = buyerAudienceKeys({ customerGroupIds: [], companyId: null });
const TRADE = buyerAudienceKeys({ customerGroupIds: ['trade'], companyId: null });
const TWO_GROUPS = buyerAudienceKeys({ customerGroupIds: ['regulars', 'trade'], companyId: null });
const ACME = buyerAudienceKeys({ customerGroupIds: ['trade'], companyId: 'acme' });

type Row = [string, AssortmentProduct, AssortmentRule[], AssortmentMode, string[], boolean];

const rows: Row[] = [
  // Defaults
  ['mode all, no rules: listed', bike, [], 'all', ANON, true],
  ['mode selected, no rules: not listed', bike, [], 'selected', ANON, false],
  ['mode selected, include all', bike, [inc(all)], 'selected', ANON, true],
  ['mode all, exclude all', bike, [exc(all)], 'all', ANON, false],
  // Categories with descendants
  ['exclude a top category hits a leaf below it', bike, [exc(cat('bikes'))], 'all', ANON, false],
  ['exclude a sibling category leaves the product', bike, [exc(cat('e-bikes'))], 'all', ANON, true],
  ['a path prefix that is not an ancestor does not match', bike, [exc(cat('bikes/city'))], 'all', ANON, true],
  ['the exact leaf category matches', bike, [exc(cat('bikes/city-kids-bikes/city-bikes'))], 'all', ANON, false],
  ['selected: include a category lists its products', lock, [inc(cat('parts-accessories'))], 'selected', ANON, true],
  ['selected: include another category does not', bike, [inc(cat('parts-accessories'))], 'selected', ANON, false],
  [
    'a deeper category include beats an ancestor exclude',
    bike,
    [exc(cat('bikes')), inc(cat('bikes/city-kids-bikes'))],
    'all',
    ANON,
    true,
  ],
  [
    'a deeper category exclude beats an ancestor include',
    bike,
    [inc(cat('bikes')), exc(cat('bikes/city-kids-bikes'))],
    'selected',
    ANON,
    false,
  ],
  [
    'a category include beats exclude all',
    lock,
    [exc(all), inc(cat('parts-accessories/safety-security'))],
    'all',
    ANON,
    true,
  ],
  // Same level: exclude over include
  ['exclude beats include on the same category', bike, [inc(cat('bikes')), exc(cat('bikes'))], 'all', ANON, false],
  [
    'exclude beats include on the same product',
    bike,
    [inc(product('p-bike')), exc(product('p-bike'))],
    'all',
    ANON,
    false,
  ],
  [
    'tag exclude beats brand include (same level)',
    cargo,
    [inc(brand('b-velo')), exc(tag('bulky'))],
    'all',
    ANON,
    false,
  ],
  [
    'brand exclude beats tag include (same level)',
    bike,
    [inc(tag('bestseller')), exc(brand('b-velo'))],
    'all',
    ANON,
    false,
  ],
  // Product rules over category rules
  [
    'a product include beats its category exclude',
    bike,
    [exc(cat('bikes')), inc(product('p-bike'))],
    'all',
    ANON,
    true,
  ],
  [
    'a product exclude beats its category include',
    bike,
    [inc(cat('bikes')), exc(product('p-bike'))],
    'selected',
    ANON,
    false,
  ],
  ['a product rule for another product does not match', bike, [exc(product('p-cargo'))], 'all', ANON, true],
  // Brand and tag
  ['brand exclude', cargo, [exc(brand('b-velo'))], 'all', ANON, false],
  ['brand rule ignores products without brand', lock, [exc(brand('b-velo'))], 'all', ANON, true],
  ['tag exclude', cargo, [exc(tag('bulky'))], 'all', ANON, false],
  ['tag include in a selected channel', cargo, [inc(tag('bulky'))], 'selected', ANON, true],
  ['a brand include beats a category exclude', cargo, [exc(cat('e-bikes')), inc(brand('b-velo'))], 'all', ANON, true],
  [
    'a product exclude beats a brand include',
    cargo,
    [inc(brand('b-velo')), exc(product('p-cargo'))],
    'selected',
    ANON,
    false,
  ],
  // Customer groups and companies
  ['a group rule does not apply to anonymous buyers', bike, [exc(cat('bikes'), trade)], 'all', ANON, true],
  ['a group rule applies to its members', bike, [exc(cat('bikes'), trade)], 'all', TRADE, false],
  [
    'a group include overrides an everyone product exclude',
    bike,
    [exc(product('p-bike')), inc(cat('bikes'), trade)],
    'all',
    TRADE,
    true,
  ],
  [
    'a group include does not help others',
    bike,
    [exc(product('p-bike')), inc(cat('bikes'), trade)],
    'all',
    ANON,
    false,
  ],
  [
    'two groups: exclude beats include at the same level',
    bike,
    [inc(cat('bikes'), regulars), exc(cat('bikes'), trade)],
    'all',
    TWO_GROUPS,
    false,
  ],
  [
    'two groups: the more specific target wins',
    bike,
    [exc(cat('bikes'), regulars), inc(product('p-bike'), trade)],
    'all',
    TWO_GROUPS,
    true,
  ],
  [
    'company catalogue: exclude all, include one category',
    lock,
    [exc(all, acme), inc(cat('parts-accessories'), acme)],
    'all',
    ACME,
    true,
  ],
  ['company catalogue hides the rest', bike, [exc(all, acme), inc(cat('parts-accessories'), acme)], 'all', ACME, false],
  [
    'company catalogue does not touch other buyers',
    bike,
    [exc(all, acme), inc(cat('parts-accessories'), acme)],
    'all',
    TRADE,
    true,
  ],
  ['a company rule beats its group rule', bike, [exc(cat('bikes'), trade), inc(cat('bikes'), acme)], 'all', ACME, true],
  [
    'a company include beats an everyone product exclude',
    bike,
    [exc(product('p-bike')), inc(all, acme)],
    'all',
    ACME,
    true,
  ],
  [
    'a company rule of another company does not apply',
    bike,
    [exc(all, { kind: 'company', companyId: 'globex' })],
    'all',
    ACME,
    true,
  ],
  ['selected channel, group include', lock, [inc(cat('parts-accessories'), trade)], 'selected', TRADE, true],
  [
    'selected channel, group include is not for anonymous',
    lock,
    [inc(cat('parts-accessories'), trade)],
    'selected',
    ANON,
    false,
  ],
];

describe('decideListing', () => {
  it.each(rows)('%s', (_name, p, rules, mode, keys, listed) => {
    expect(decideListing(p, rules, mode, keys).listed).toBe(listed);
  });

  it('names the rule that decided, or none for the default', () => {
    const excludeBikes = exc(cat('bikes'));
    expect(decideListing(bike, [excludeBikes, exc(cat('e-bikes'))], 'all').rule).toBe(excludeBikes);
    expect(decideListing(lock, [excludeBikes], 'all')).toEqual({ listed: true, rank: -1, rule: null });
  });
});

describe('materialiseAssortment + combineDecisions', () => {
  it.each(rows)('agrees with decideListing: %s', (_name, p, rules, mode, keys, listed) => {
    const stored = materialiseAssortment([p], rules, mode).filter((r) => keys.includes(r.audienceKey));
    expect(combineDecisions(stored)).toBe(listed);
  });

  it('stores one everyone row per product and audience rows only where their rules match', () => {
    const rules = [exc(cat('bikes')), inc(cat('parts-accessories'), acme)];
    const stored = materialiseAssortment([bike, cargo, lock], rules, 'all');
    expect(stored.filter((r) => r.audienceKey === '').map((r) => [r.productId, r.listed])).toEqual([
      ['p-bike', false],
      ['p-cargo', true],
      ['p-lock', true],
    ]);
    expect(stored.filter((r) => r.audienceKey === 'c:acme').map((r) => r.productId)).toEqual(['p-lock']);
  });
});
