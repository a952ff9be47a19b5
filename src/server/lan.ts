import { networkInterfaces } from 'node:os';

/** This machine's first IPv4 address on the local network, where phones can reach it; null when offline. */
export function lanAddress(): string | null {
  for (const addrs of Object.values(networkInterfaces())) {
    for (const a of addrs ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return null;
}
