import { isIPv4, isIPv6 } from 'node:net';

/**
 * The client address a sign-in is counted against: an IPv4 address as it is, an IPv6 address by
 * its /64 network. One household, office or cloud host holds a whole /64 and can step through
 * its addresses at will, so counting single IPv6 addresses would let a guesser reset its count.
 * An IPv4 address written as IPv6 (::ffff:192.0.2.1) counts as the IPv4 address.
 */
export function clientAddressKey(ip: string | undefined): string {
  if (ip === undefined || ip === '') return 'unknown';
  const address = ip.split('%')[0] ?? ip; // fe80::1%eth0: the zone names an interface, not a host
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (!isIPv6(address)) return address;
  return `${hextets(address).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, in lower-case hex without leading zeros. */
function hextets(address: string): string[] {
  const groups = (part: string): string[] => {
    if (part === '') return [];
    return part.split(':').flatMap((group) => {
      if (!group.includes('.')) return [group];
      // A trailing dotted IPv4 part (::1.2.3.4, 64:ff9b::1.2.3.4) is the last two groups.
      const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number);
      return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
    });
  };
  const [head = '', tail] = address.split('::');
  const front = groups(head);
  const back = tail === undefined ? [] : groups(tail);
  const zeros = Array<string>(8 - front.length - back.length).fill('0');
  return [...front, ...zeros, ...back].map((group) => parseInt(group, 16).toString(16));
}
