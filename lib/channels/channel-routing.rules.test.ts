import { describe, expect, it } from 'vitest';
import { apiChannelCode, channelRoutingFrom, chooseChannel, hostName } from './channel-routing.rules';

const routing = channelRoutingFrom({ B2B_HOSTS: 'b2b.example.com, Partner.Example.org:8443' });

describe('chooseChannel', () => {
  it('gives consumers the storefront channel', () => {
    expect(chooseChannel(routing, { host: 'shop.example.com', companyMember: false })).toEqual({
      code: 'web',
      audience: 'storefront',
      showroomStoreId: null,
    });
  });

  it('gives a company member the b2b channel on any host', () => {
    expect(chooseChannel(routing, { host: 'shop.example.com', companyMember: true }).code).toBe('b2b');
    expect(chooseChannel(routing, { host: null, companyMember: true }).audience).toBe('b2b');
  });

  it('gives every visitor of a b2b host the b2b channel, whatever the port or case', () => {
    expect(chooseChannel(routing, { host: 'B2B.example.com:3000', companyMember: false }).code).toBe('b2b');
    expect(chooseChannel(routing, { host: 'partner.example.org', companyMember: false }).code).toBe('b2b');
    expect(chooseChannel(routing, { host: 'b2b.example.com.evil.test', companyMember: false }).code).toBe('web');
  });

  it('puts a showroom session first, with its store', () => {
    expect(chooseChannel(routing, { companyMember: true, showroomStoreId: 'store-1' })).toEqual({
      code: 'showroom',
      audience: 'showroom',
      showroomStoreId: 'store-1',
    });
  });
});

describe('apiChannelCode', () => {
  it("moves a company member from the storefront's key to the b2b channel, and nothing else", () => {
    expect(apiChannelCode(routing, 'web', true)).toBe('b2b');
    expect(apiChannelCode(routing, 'web', false)).toBe('web');
    expect(apiChannelCode(routing, 'marketplace', true)).toBe('marketplace');
  });
});

describe('channelRoutingFrom', () => {
  it('defaults to web, b2b and showroom without b2b hosts', () => {
    expect(channelRoutingFrom({})).toEqual({ storefront: 'web', b2b: 'b2b', showroom: 'showroom', b2bHosts: [] });
  });

  it('takes other codes from the settings and refuses malformed ones', () => {
    expect(channelRoutingFrom({ STOREFRONT_CHANNEL: 'shop-de', B2B_CHANNEL: 'trade' })).toMatchObject({
      storefront: 'shop-de',
      b2b: 'trade',
    });
    expect(() => channelRoutingFrom({ B2B_CHANNEL: 'Trade Portal' })).toThrow(/B2B_CHANNEL/);
  });

  it('normalises host names', () => {
    expect(hostName(' Shop.Example.COM.:443 ')).toBe('shop.example.com');
    expect(hostName('[::1]:3000')).toBe('[::1]');
    expect(hostName(undefined)).toBe('');
  });
});
