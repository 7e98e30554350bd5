/**
 * Keeps fetches made for Discord users (/feeds add, /feeds test) on the public internet. Every
 * connection resolves its host name once, inside the connection's own lookup, and refuses it if any
 * address is not public: a name cannot pass the check and then switch to a private address, and each
 * redirect hop opens a connection that is checked again. Host names listed in settings stay allowed.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { Agent, type Dispatcher } from 'undici';
import { BlockedAddressError } from './errors';
import { nonPublicReason } from './public-address';

export interface AddressGuard {
  dispatcher: Dispatcher;
  /** Throws BlockedAddressError for a URL whose host is a non-public IP literal (no lookup happens for those). */
  checkUrl(url: string): void;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, addresses: LookupAddress[] | string, family?: number) => void;

export function createAddressGuard(allowedHosts: readonly string[] = []): AddressGuard {
  const allowed = new Set(allowedHosts.map((host) => host.toLowerCase()));
  const lookup = (hostname: string, options: object, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses as LookupAddress[];
      const blocked = allowed.has(hostname.toLowerCase()) ? undefined : list.find((entry) => nonPublicReason(entry.address) !== null);
      if (blocked) return callback(new BlockedAddressError(hostname, blocked.address, nonPublicReason(blocked.address)!), []);
      const wantsAll = (options as { all?: boolean }).all === true;
      if (wantsAll) callback(null, list);
      else callback(null, list[0]!.address, list[0]!.family);
    });
  };
  return {
    dispatcher: new Agent({ connect: { lookup: lookup as never } }),
    checkUrl(url) {
      const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
      if (isIP(host) === 0 || allowed.has(host.toLowerCase())) return;
      const reason = nonPublicReason(host);
      if (reason) throw new BlockedAddressError(url, host, reason);
    },
  };
}
