import { describe, expect, it } from 'vitest';
import { nonPublicReason } from '../../src/fetch/public-address';

describe('nonPublicReason', () => {
  it.each([
    ['127.0.0.1', 'a loopback address'],
    ['10.1.2.3', 'a private address'],
    ['172.31.255.255', 'a private address'],
    ['192.168.0.10', 'a private address'],
    ['169.254.169.254', 'a link-local address'],
    ['100.64.0.1', 'a carrier-grade NAT address'],
    ['0.0.0.0', 'an unspecified ("this network") address'],
    ['224.0.0.251', 'a multicast address'],
    ['255.255.255.255', 'a reserved address'],
    ['::1', 'a loopback address'],
    ['::', 'the unspecified address'],
    ['fd12:3456::1', 'a unique-local address'],
    ['fe80::1', 'a link-local address'],
    ['ff02::1', 'a multicast address'],
    ['::ffff:127.0.0.1', 'a loopback address'],
    ['::ffff:169.254.169.254', 'a link-local address'],
    // The same, as the URL parser writes them ([::ffff:127.0.0.1] becomes [::ffff:7f00:1]).
    ['::ffff:7f00:1', 'a loopback address'],
    ['::ffff:a9fe:a9fe', 'a link-local address'],
    ['0:0:0:0:0:ffff:0a00:0001', 'a private address'],
    ['::FFFF:C0A8:1', 'a private address'],
  ])('refuses %s as %s', (address, reason) => {
    expect(nonPublicReason(address)).toBe(reason);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '::ffff:808:808', '2001:4860:ffff::1:1'])('accepts the public address %s', (address) => {
    expect(nonPublicReason(address)).toBeNull();
  });

  it('says when the text is not an address at all', () => {
    expect(nonPublicReason('example.com')).toBe('not an IP address');
  });
});
