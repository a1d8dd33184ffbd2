// Where a webhook may go, and the one way it is sent. A target must be HTTPS on a public address: loopback,
// private, link-local (cloud metadata), carrier-grade NAT, multicast and unspecified addresses are refused, at
// registration and again at each send, on the address actually connected to (the lookup below), so a name that
// later resolves somewhere private (DNS rebinding) is refused too. WEBHOOK_ALLOW_PRIVATE names addresses or ranges
// allowed anyway (a local receiver in development and the tests), and only those may be plain HTTP.
// Redirects are never followed, and a receiver slower than the timeout fails the attempt.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';

const BLOCKED = new net.BlockList();
for (const [a, p] of [
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
  BLOCKED.addSubnet(a, p, 'ipv4');
for (const [a, p] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
  ['2002::', 16],
  ['fec0::', 10],
  ['100::', 64],
] as const)
  BLOCKED.addSubnet(a, p, 'ipv6');

export class TargetPolicy {
  private readonly allowed = new net.BlockList();
  private readonly any: boolean;

  /** `allow`: addresses or CIDR ranges that may be private (WEBHOOK_ALLOW_PRIVATE). */
  constructor(allow: string[]) {
    for (const entry of allow) {
      const [addr, bits] = entry.split('/');
      const family = net.isIPv6(addr) ? 'ipv6' : 'ipv4';
      if (bits) this.allowed.addSubnet(addr, Number(bits), family);
      else this.allowed.addAddress(addr, family);
    }
    this.any = allow.length > 0;
  }

  /** Why an address may not be a target, or null when it may. */
  refuses(address: string): string | null {
    let plain = address;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) plain = mapped[1];
    const family = net.isIPv6(plain) ? 'ipv6' : 'ipv4';
    if (this.any && this.allowed.check(plain, family)) return null;
    return BLOCKED.check(plain, family) ? `${address} is a loopback, private, link-local or reserved address` : null;
  }

  allowsPlainHttp(address: string): boolean {
    const family = net.isIPv6(address) ? 'ipv6' : 'ipv4';
    return this.any && this.allowed.check(address, family);
  }

  /** Checks a URL as given (the syntax and, for a literal address, the address); names are checked when sent. */
  check(raw: string): { url: URL } | { error: string } {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return { error: 'is not a valid URL' };
    }
    if (raw.length > 2048) return { error: 'is longer than 2048 characters' };
    if (url.username || url.password) return { error: 'may not carry credentials' };
    if (url.hash) return { error: 'may not have a fragment' };
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const literal = net.isIP(host) ? host : null;
    if (url.protocol === 'http:') {
      if (!literal || !this.allowsPlainHttp(literal)) return { error: 'must use https' };
    } else if (url.protocol !== 'https:') return { error: 'must use https' };
    if (literal) {
      const why = this.refuses(literal);
      if (why) return { error: `may not point at ${why}` };
    } else if (/^(localhost|.*\.localhost|.*\.local|.*\.internal)$/i.test(host)) {
      return { error: 'may not name a local host' };
    }
    return { url };
  }

  /** Resolves a name to a permitted address, or explains why not. */
  async resolve(host: string): Promise<string> {
    const plain = host.replace(/^\[|\]$/g, '');
    const addresses = net.isIP(plain) ? [{ address: plain }] : await dns.promises.lookup(plain, { all: true });
    for (const a of addresses) {
      const why = this.refuses(a.address);
      if (why) throw new Error(`refused: ${host} resolves to ${why}`);
    }
    if (!addresses.length) throw new Error(`${host} does not resolve`);
    return addresses[0].address;
  }
}

export interface SendResult {
  status: number | null;
  ok: boolean;
  latencyMs: number;
  response: string | null;
  error: string | null;
}

/** One POST, connected to an address the policy permits; never follows a redirect; 256 bytes of the answer kept. */
export async function postJson(
  policy: TargetPolicy,
  target: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<SendResult> {
  const started = Date.now();
  const done = (r: Omit<SendResult, 'latencyMs'>): SendResult => ({ ...r, latencyMs: Date.now() - started });
  const check = policy.check(target);
  if ('error' in check) return done({ status: null, ok: false, response: null, error: `the URL ${check.error}` });
  const url = check.url;
  let address: string;
  try {
    address = await policy.resolve(url.hostname);
  } catch (e) {
    return done({ status: null, ok: false, response: null, error: (e as Error).message });
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<SendResult>((resolve) => {
    const req = client.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        // Connect to the address checked above, whatever the name resolves to a moment later.
        lookup: (_host, opts, cb) => {
          const family = net.isIPv6(address) ? 6 : 4;
          if ((opts as { all?: boolean }).all)
            (cb as (e: null, a: dns.LookupAddress[]) => void)(null, [{ address, family }]);
          else (cb as (e: null, a: string, f: number) => void)(null, address, family);
        },
        timeout: timeoutMs,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          if (size < 256) chunks.push(c);
          size += c.length;
          if (size >= 256) res.destroy();
        });
        const finish = () => {
          const status = res.statusCode ?? null;
          const ok = status !== null && status >= 200 && status < 300;
          const text = Buffer.concat(chunks).subarray(0, 256).toString('utf8');
          resolve(
            done({
              status,
              ok,
              response: text || null,
              error: ok
                ? null
                : status && status >= 300 && status < 400
                  ? `answered ${status} (redirects are not followed)`
                  : `answered ${status}`,
            }),
          );
        };
        res.on('end', finish);
        res.on('close', finish);
      },
    );
    const deadline = setTimeout(() => req.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (e) => resolve(done({ status: null, ok: false, response: null, error: e.message })));
    req.on('close', () => clearTimeout(deadline));
    req.end(body);
  });
}
