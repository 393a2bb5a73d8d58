import { describe, expect, it } from '@jest/globals';
import { clientAddressKey } from './client-address.js';

describe('clientAddressKey', () => {
  it('keeps an IPv4 address as it is', () => {
    expect(clientAddressKey('203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts an IPv4 address written as IPv6 as the IPv4 address', () => {
    expect(clientAddressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts every IPv6 address of a /64 network as one, however it is written', () => {
    const keys = ['2001:db8:7:1::1', '2001:0db8:0007:0001:ffff:ffff:ffff:ffff', '2001:DB8:7:1:0:0:0:9', 'fe80::1%eth0'].map(clientAddressKey);

    expect(keys).toEqual(['2001:db8:7:1::/64', '2001:db8:7:1::/64', '2001:db8:7:1::/64', 'fe80:0:0:0::/64']);
  });

  it('tells apart two /64 networks of one /48', () => {
    expect(clientAddressKey('2001:db8:7:2::1')).not.toBe(clientAddressKey('2001:db8:7:1::1'));
  });

  it('reads the loopback, an address with a dotted tail, and no address at all', () => {
    expect(clientAddressKey('::1')).toBe('0:0:0:0::/64');
    expect(clientAddressKey('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
    expect(clientAddressKey(undefined)).toBe('unknown');
  });
});
