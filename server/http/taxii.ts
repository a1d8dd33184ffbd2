// TAXII 2.1 (OASIS) at /taxii2/: discovery, one API root, the caller's collections, their objects (added_after,
// limit, next, match[type|id|version|spec_version]), manifests, an object by id and its versions. Another way out:
// the caller's own credential (a bearer token or API key, or HTTP Basic with an API key as TAXII clients send it),
// charged to the same budget, reading only what GraphQL would show it; errors are the spec's error object.
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { ConcordError, ErrorCode } from '../core/errors';
import { createRequestContext, type ContextDeps, type RequestContext } from '../core/context';
import { RateLimitedError, type RateLimiter } from '../core/rate-limit';
import { statusFor } from '../graphql/errors';
import type { Authenticator } from '../modules/auth/auth.service';
import { collectionObjects, collectionsFor, TAXII_MEDIA, type Collection, type Stored } from '../modules/feeds/taxii';
import { MAX_OBJECTS_PER_POST, postObjects, statusResource } from '../modules/feeds/taxii-write';
import { TaxiiStatus } from '../modules/feeds/taxii-status.entity';

class TaxiiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly description: string,
  ) {
    super(title);
  }
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
export const MAX_LIMIT = 1000;
const DEFAULT_LIMIT = 100;

/** HTTP Basic (any user name, the API key as password; or the key as user name) becomes a bearer credential. */
function credential(header: string | undefined): string | undefined {
  if (!header?.startsWith('Basic ')) return header;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  const user = i < 0 ? decoded : decoded.slice(0, i);
  const pass = i < 0 ? '' : decoded.slice(i + 1);
  const key = pass.startsWith('ck_') ? pass : user.startsWith('ck_') ? user : pass || user;
  return `Bearer ${key}`;
}

function timestamp(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !TIMESTAMP.test(value) || Number.isNaN(Date.parse(value)))
    throw new TaxiiError(400, `Malformed ${name}`, `${name} must be a UTC timestamp like 2026-12-01T00:00:00.000Z.`);
  return new Date(value).toISOString();
}

function list(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  return String(value)
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

interface Page {
  items: Stored[];
  more: boolean;
  next?: string;
}

/** Filters and one page, after the `next` cursor (date added and id of the last item sent). */
function select(all: Stored[], q: Record<string, unknown>, opts: { id?: string } = {}): Page {
  const addedAfter = timestamp('added_after', q.added_after);
  let limit = DEFAULT_LIMIT;
  if (q.limit !== undefined) {
    limit = Number(q.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
      throw new TaxiiError(400, 'Limit out of range', `limit must be an integer from 1 to ${MAX_LIMIT}.`);
  }
  let after: { t: string; id: string } | undefined;
  if (q.next !== undefined) {
    try {
      const [t, id] = Buffer.from(String(q.next), 'base64url').toString('utf8').split('|');
      if (!TIMESTAMP.test(t) || !id) throw new Error();
      after = { t, id };
    } catch {
      throw new TaxiiError(400, 'Malformed next', 'next must be a value this server sent.');
    }
  }
  const types = list(q['match[type]']);
  const ids = opts.id ? [opts.id] : list(q['match[id]']);
  const specs = list(q['match[spec_version]']);
  const versions = list(q['match[version]']) ?? ['last'];
  for (const v of versions) if (!['last', 'first', 'all'].includes(v)) timestamp('match[version]', v);
  const matches = all.filter((s) => {
    if (addedAfter && s.dateAdded <= addedAfter) return false;
    if (types && !types.includes(s.object.type)) return false;
    if (ids && !ids.includes(s.object.id)) return false;
    if (specs && !specs.includes(String(s.object.spec_version ?? '2.1'))) return false;
    // One version of each object is kept (the current): first, last and all are it; a timestamp must be it.
    const version = String(s.object.modified ?? s.object.created);
    return versions.some((v) => ['last', 'first', 'all'].includes(v) || new Date(v).toISOString() === version);
  });
  const start = after
    ? matches.findIndex((s) => s.dateAdded > after!.t || (s.dateAdded === after!.t && s.object.id > after!.id))
    : 0;
  const from = start < 0 ? matches.length : start;
  const items = matches.slice(from, from + limit);
  const more = from + limit < matches.length;
  const last = items.at(-1);
  return {
    items,
    more,
    next: more && last ? Buffer.from(`${last.dateAdded}|${last.object.id}`, 'utf8').toString('base64url') : undefined,
  };
}

const publicCollection = ({ audience: _a, ...c }: Collection) => c;

export function mountTaxii(
  app: Express,
  deps: ContextDeps,
  auth: Authenticator,
  limiter: RateLimiter,
  clientAddress: (req: Request) => string,
  opts: { publicUrl: string; maxContentLength: number },
) {
  const root = `${opts.publicUrl}/taxii2/api/`;

  // A client pages through a collection with many requests: the collection built for one caller is kept a few
  // seconds for that same caller (its whole viewer is the key, so nobody reads another's), and only while nothing
  // in it changed (the stamp: the latest change to entries and advisories, and the clock, which ends embargoes).
  const built = new Map<string, { at: number; stamp: string; objects: Promise<Stored[]> }>();
  const objectsOf = async (ctx: RequestContext, c: Collection): Promise<Stored[]> => {
    const [row] = await ctx.db.query(
      `SELECT (SELECT max(updated_at) FROM clearinghouse_entry)::text || '|' || (SELECT max(updated_at) FROM advisory)::text AS stamp`,
    );
    // The clock only reveals entries as it moves on (an embargo ends); a clock moved back is another minute.
    const stamp = `${row.stamp}|${Math.floor(ctx.clock.now().getTime() / 60_000)}`;
    const key = JSON.stringify([c.id, ctx.viewer]);
    const hit = built.get(key);
    if (hit && hit.stamp === stamp && Date.now() - hit.at < 5_000) return hit.objects;
    const objects = collectionObjects(ctx, c, opts.publicUrl);
    for (const [k, v] of built) if (Date.now() - v.at >= 5_000) built.delete(k);
    if (built.size < 100) built.set(key, { at: Date.now(), stamp, objects });
    objects.catch(() => built.delete(key));
    return objects;
  };

  const send = (res: Response, status: number, body: unknown, headers: Record<string, string> = {}) => {
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    // Exactly the spec's media type (express's type() would reformat it and add a charset).
    res.status(status).setHeader('content-type', TAXII_MEDIA);
    res.end(JSON.stringify(body));
  };
  const error = (res: Response, status: number, title: string, description: string, code?: string) =>
    send(res, status, {
      title,
      description,
      http_status: String(status),
      ...(code ? { error_code: code } : {}),
      error_id: res.locals.requestId,
    });

  const handle =
    (fn: (req: Request, res: Response, ctx: RequestContext) => Promise<unknown>) =>
    async (req: Request, res: Response) => {
      try {
        const accept = req.headers.accept;
        if (accept && !/application\/taxii\+json|\*\/\*|application\/\*/.test(accept))
          return error(res, 406, 'Not acceptable', `This server answers ${TAXII_MEDIA}.`);
        const viewer = await auth.viewerFor(credential(req.headers.authorization), new Date());
        await limiter.chargeRequest(viewer, clientAddress(req));
        await fn(req, res, createRequestContext(deps, viewer, res.locals.requestId as string, clientAddress(req)));
      } catch (e) {
        if (e instanceof TaxiiError) return error(res, e.status, e.title, e.description);
        if (e instanceof ConcordError) {
          if (e instanceof RateLimitedError) res.setHeader('retry-after', String(e.retryAfterSeconds));
          if (e.code === ErrorCode.UNAUTHENTICATED) res.setHeader('www-authenticate', 'Basic realm="concord"');
          return error(res, statusFor(e.code) ?? 400, e.code, e.message, e.code);
        }
        deps.log.error({ err: e, requestId: res.locals.requestId }, 'taxii failed');
        return error(res, 500, 'Internal server error', 'Something went wrong; try again later.');
      }
    };

  const collection = async (ctx: RequestContext, id: string) => {
    const found = (await collectionsFor(ctx)).find((c) => c.id === id);
    // A collection the caller may not read is the same 404 as one that does not exist.
    if (!found) throw new TaxiiError(404, 'Collection not found', `No collection ${id} that you may read.`);
    return found;
  };

  const addedHeaders = (items: Stored[]): Record<string, string> =>
    items.length
      ? { 'X-TAXII-Date-Added-First': items[0].dateAdded, 'X-TAXII-Date-Added-Last': items.at(-1)!.dateAdded }
      : {};

  app.get(
    '/taxii2/',
    handle(async (_req, res) =>
      send(res, 200, {
        title: 'Concord TAXII server',
        description: "The AI cybersecurity clearinghouse's vulnerabilities, remediations and advisories as STIX 2.1.",
        contact: opts.publicUrl,
        default: root,
        api_roots: [root],
      }),
    ),
  );
  app.get(
    '/taxii2/api/',
    handle(async (_req, res) =>
      send(res, 200, {
        title: 'Concord clearinghouse',
        versions: [TAXII_MEDIA],
        max_content_length: opts.maxContentLength,
      }),
    ),
  );
  app.get(
    '/taxii2/api/collections/',
    handle(async (_req, res, ctx) =>
      send(res, 200, { collections: (await collectionsFor(ctx)).map(publicCollection) }),
    ),
  );
  app.get(
    '/taxii2/api/collections/:id/',
    handle(async (req, res, ctx) => send(res, 200, publicCollection(await collection(ctx, String(req.params.id))))),
  );
  app.get(
    '/taxii2/api/collections/:id/objects/',
    handle(async (req, res, ctx) => {
      const c = await collection(ctx, String(req.params.id));
      const page = select(await objectsOf(ctx, c), req.query as Record<string, unknown>);
      send(
        res,
        200,
        { more: page.more, ...(page.next ? { next: page.next } : {}), objects: page.items.map((s) => s.object) },
        addedHeaders(page.items),
      );
    }),
  );
  app.get(
    '/taxii2/api/collections/:id/manifest/',
    handle(async (req, res, ctx) => {
      const c = await collection(ctx, String(req.params.id));
      const page = select(await objectsOf(ctx, c), req.query as Record<string, unknown>);
      send(
        res,
        200,
        {
          more: page.more,
          ...(page.next ? { next: page.next } : {}),
          objects: page.items.map((s) => ({
            id: s.object.id,
            date_added: s.dateAdded,
            version: s.object.modified ?? s.object.created,
            media_type: 'application/stix+json;version=2.1',
          })),
        },
        addedHeaders(page.items),
      );
    }),
  );
  app.get(
    '/taxii2/api/collections/:id/objects/:objectId/',
    handle(async (req, res, ctx) => {
      const c = await collection(ctx, String(req.params.id));
      const page = select(await objectsOf(ctx, c), req.query as Record<string, unknown>, {
        id: String(req.params.objectId),
      });
      if (!page.items.length) throw new TaxiiError(404, 'Object not found', 'No such object in this collection.');
      send(res, 200, { more: page.more, objects: page.items.map((s) => s.object) }, addedHeaders(page.items));
    }),
  );
  app.get(
    '/taxii2/api/collections/:id/objects/:objectId/versions/',
    handle(async (req, res, ctx) => {
      const c = await collection(ctx, String(req.params.id));
      const found = (await objectsOf(ctx, c)).filter((s) => s.object.id === req.params.objectId);
      if (!found.length) throw new TaxiiError(404, 'Object not found', 'No such object in this collection.');
      send(
        res,
        200,
        { more: false, versions: found.map((s) => s.object.modified ?? s.object.created) },
        addedHeaders(found),
      );
    }),
  );
  // Writing: the organization's collection takes STIX vulnerabilities as clearinghouse reports.
  const envelope = express.json({ type: () => true, limit: opts.maxContentLength });
  app.post(
    '/taxii2/api/collections/:id/objects/',
    handle(async (req, res, ctx) => {
      const c = await collection(ctx, String(req.params.id));
      if (!c.can_write || !ctx.viewer.authenticated)
        throw new TaxiiError(403, 'Not writable', 'You may not add objects to this collection.');
      if (!String(req.headers['content-type'] ?? '').startsWith('application/taxii+json'))
        throw new TaxiiError(415, 'Unsupported media type', `Send ${TAXII_MEDIA}.`);
      const body = await new Promise<unknown>((resolve, reject) =>
        envelope(req, res, (e?: unknown) =>
          e ? reject(new TaxiiError(400, 'Malformed envelope', 'The body is not JSON.')) : resolve(req.body),
        ),
      );
      const objects = (body as { objects?: unknown })?.objects;
      if (!Array.isArray(objects) || objects.length === 0 || objects.length > MAX_OBJECTS_PER_POST)
        throw new TaxiiError(
          400,
          'Malformed envelope',
          `The body must be an envelope with 1 to ${MAX_OBJECTS_PER_POST} objects.`,
        );
      send(res, 202, statusResource(await postObjects(ctx, objects)));
    }),
  );
  app.get(
    '/taxii2/api/status/:statusId/',
    handle(async (req, res, ctx) => {
      const id = String(req.params.statusId);
      const found =
        ctx.viewer.organizationId && /^[0-9a-f-]{36}$/i.test(id)
          ? await ctx.db.findOneBy(TaxiiStatus, { id, organizationId: ctx.viewer.organizationId })
          : null;
      if (!found) throw new TaxiiError(404, 'Status not found', 'No such status resource that you may read.');
      send(res, 200, statusResource(found));
    }),
  );
  // Anything else under /taxii2/: the spec's error object, not the API's.
  app.use('/taxii2', (_req: Request, res: Response, _next: NextFunction) =>
    error(res, 404, 'Not found', 'No TAXII resource at this path.'),
  );
}
