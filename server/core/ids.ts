// Opaque global ids: base64url("<TypeName>:<uuid>"). Clients must treat them as opaque strings.
import { BadInputError } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export interface DecodedId {
  type: string;
  id: string;
}

/** Decodes a global id; returns null for anything that is not one (garbage is simply "not found"). */
export function fromGlobalId(globalId: string): DecodedId | null {
  if (typeof globalId !== 'string' || globalId.length > 200 || !/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  const text = Buffer.from(globalId, 'base64url').toString('utf8');
  const sep = text.indexOf(':');
  if (sep <= 0) return null;
  const type = text.slice(0, sep);
  const id = text.slice(sep + 1);
  if (!/^[A-Za-z]+$/.test(type) || !UUID.test(id)) return null;
  return { type, id: id.toLowerCase() };
}

/**
 * Decodes an id that an input names as a given type (or one of several). A malformed id or an id of another
 * type is BAD_USER_INPUT naming the field: the caller sent the wrong kind of thing, which reveals nothing.
 */
export function expectGlobalId(globalId: string, types: string | string[], field: string): string {
  const allowed = Array.isArray(types) ? types : [types];
  const decoded = fromGlobalId(globalId);
  if (!decoded || !allowed.includes(decoded.type)) {
    throw new BadInputError(`${field} is not a valid ${allowed.join(' or ')} id.`, {
      [field]: `expected a ${allowed.join(' or ')} id`,
    });
  }
  return decoded.id;
}
