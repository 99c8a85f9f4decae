/**
 * Where webhooks may go. A department admin types the address; the server then sends requests to
 * it, so loopback, private, link-local and other internal addresses are refused (SSRF), both when
 * the subscription is saved and, after resolving the name, at every delivery. An operator can allow
 * them (WEBHOOK_ALLOW_PRIVATE=true) for a receiver inside the same network.
 */
import dns from 'node:dns/promises'
import net from 'node:net'

const blocked = new net.BlockList()
for (const [address, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(address, prefix, 'ipv4')
for (const [address, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  blocked.addSubnet(address, prefix, 'ipv6')

export function isInternalAddress(address: string): boolean {
  const family = net.isIP(address)
  if (family === 0) return false
  if (family === 6) {
    const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i)
    if (mapped) return blocked.check(mapped[1]!, 'ipv4')
    return blocked.check(address, 'ipv6')
  }
  return blocked.check(address, 'ipv4')
}

/** The problem with a target URL before any lookup, or null when it may be used. */
export function targetProblem(url: string, allowPrivate: boolean): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'not a URL'
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return 'must be an http:// or https:// URL'
  if (parsed.username || parsed.password) return 'must not contain a user name or password'
  if (allowPrivate) return null
  const host = parsed.hostname.replace(/^\[|\]$/g, '')
  if (host === 'localhost' || host.endsWith('.localhost') || isInternalAddress(host))
    return 'points to an internal address'
  return null
}

/** Resolves the host and refuses internal addresses (checked again at every delivery). */
export async function checkTarget(url: string, allowPrivate: boolean): Promise<string | null> {
  const problem = targetProblem(url, allowPrivate)
  if (problem || allowPrivate) return problem
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '')
  if (net.isIP(host)) return null
  try {
    const addresses = await dns.lookup(host, { all: true })
    if (addresses.some((a) => isInternalAddress(a.address)))
      return 'resolves to an internal address'
  } catch {
    return 'the host name does not resolve'
  }
  return null
}
