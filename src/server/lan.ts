import { networkInterfaces } from 'node:os';

/** This machine's IPv4 addresses on local networks, by interface, in the order the system lists them. */
export function lanAddresses(): Array<{ name: string; address: string }> {
  const found: Array<{ name: string; address: string }> = [];
  for (const [name, addrs] of Object.entries(networkInterfaces())) {
    for (const a of addrs ?? []) if (a.family === 'IPv4' && !a.internal) found.push({ name, address: a.address });
  }
  return found;
}

/** This machine's first IPv4 address on the local network, where phones can usually reach it; null when offline. */
export function lanAddress(): string | null {
  return lanAddresses()[0]?.address ?? null;
}
