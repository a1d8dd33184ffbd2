// Web addresses as every consumer of Concord's exports accepts them. The OSV and CSAF schemas ask for RFC 3986
// URIs (`format: uri`); real sources carry addresses with stray quotes and commas around them and characters a URI
// may not hold (a full-width underscore in CISA's catalog). One rule, for imports and for the API: trim what
// surrounds the address, parse it with the WHATWG URL parser, keep http and https only, and keep the parser's
// serialization with whatever RFC 3986 still does not allow percent-encoded.
import { BadInputError } from './errors';

// Around an address in prose: quotes, brackets and the punctuation that ends a sentence or a list item.
const LEADING = /^[\s"'<([{]+/;
const TRAILING = /[\s"'>,;.!?]+$/;
// What RFC 3986 allows after the authority: unreserved, reserved and percent signs (of valid escapes).
const NOT_URI = /[^A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]|%(?![0-9A-Fa-f]{2})/g;

function trimmed(raw: string): string {
  let s = raw.replace(LEADING, '');
  for (;;) {
    const before = s;
    s = s.replace(TRAILING, '');
    // A closing parenthesis ends the address only when the address opened none (Wikipedia's "Foo_(bar)" keeps it).
    if (s.endsWith(')') && (s.match(/\(/g) ?? []).length < (s.match(/\)/g) ?? []).length) s = s.slice(0, -1);
    if (s === before) return s;
  }
}

/** `raw` as a clean http(s) URI, or null when it is not one. */
export function webUrl(raw: string): string | null {
  const text = trimmed(raw);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname || url.username || url.password)
    return null;
  const origin = `${url.protocol}//${url.host}`;
  const rest = url.href.slice(origin.length).replace(NOT_URI, (c) => (c === '%' ? '%25' : encodeURIComponent(c)));
  return origin + rest;
}

/** Addresses in free text (a KEV catalog's notes): each http(s) address cleaned, and what was cleaned or dropped. */
export function webUrlsIn(text: string | undefined): { urls: string[]; cleaned: number; dropped: number } {
  const urls = new Set<string>();
  let cleaned = 0;
  let dropped = 0;
  for (const candidate of (text ?? '').match(/https?:\/\/[^\s;]+/gi) ?? []) {
    const url = webUrl(candidate);
    if (!url) dropped += 1;
    else {
      if (url !== candidate) cleaned += 1;
      urls.add(url);
    }
  }
  return { urls: [...urls], cleaned, dropped };
}

/** A URL a user submitted, cleaned by the same rule, or BAD_USER_INPUT naming `field`. */
export function expectWebUrl(raw: string, field: string): string {
  const url = webUrl(raw);
  if (!url)
    throw new BadInputError(`${field} is not an http(s) address.`, { [field]: 'expected an http or https URL' });
  return url;
}
