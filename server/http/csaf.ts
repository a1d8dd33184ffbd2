// /.well-known/csaf/: Concord as a CSAF 2.0 trusted provider, and /.well-known/security.txt naming it. One more way
// out: charged to the caller's request budget, answering only what the caller may see (TLP:WHITE, i.e. CLEAR, to
// anyone; the other folders to credentials, filtered by the entry policy), errors in the API's coded JSON.
import type { Express, Request, Response } from 'express';
import { ConcordError, ErrorCode, UnauthenticatedError } from '../core/errors';
import { createRequestContext, type ContextDeps } from '../core/context';
import { RateLimitedError, type RateLimiter } from '../core/rate-limit';
import { ANONYMOUS } from '../core/viewer';
import { statusFor } from '../graphql/errors';
import type { Authenticator } from '../modules/auth/auth.service';
import { signDetached, type CsafKey } from '../modules/feeds/csaf-key';
import {
  changesCsv,
  documentAt,
  folderListing,
  indexTxt,
  providerMetadata,
  rolieFeed,
  sha,
  TLP_FOLDERS,
} from '../modules/feeds/csaf-provider';

const FILE = /^(\d{4})\/([+\-a-z0-9_]+\.json)(\.sha256|\.sha512|\.asc)?$/;

export function mountCsaf(
  app: Express,
  deps: ContextDeps,
  auth: Authenticator,
  limiter: RateLimiter,
  clientAddress: (req: Request) => string,
  opts: { publicUrl: string; key: () => Promise<CsafKey | null> },
) {
  const base = `${opts.publicUrl}/.well-known/csaf`;
  const signatures = new Map<string, string>();
  const signed = async (key: CsafKey, text: string) => {
    const digest = sha('sha256', text);
    let sig = signatures.get(digest);
    if (!sig) {
      sig = await signDetached(key, text);
      if (signatures.size > 5000) signatures.delete(signatures.keys().next().value!);
      signatures.set(digest, sig);
    }
    return sig;
  };

  const handle =
    (fn: (req: Request, res: Response, ctx: ReturnType<typeof createRequestContext>) => Promise<unknown>) =>
    async (req: Request, res: Response) => {
      const requestId = res.locals.requestId as string;
      try {
        const viewer = await auth.viewerFor(req.headers.authorization, new Date());
        await limiter.chargeRequest(viewer, clientAddress(req));
        await fn(req, res, createRequestContext(deps, viewer, requestId, clientAddress(req)));
      } catch (e) {
        if (e instanceof ConcordError) {
          if (e instanceof RateLimitedError) res.setHeader('retry-after', String(e.retryAfterSeconds));
          if (e.code === ErrorCode.UNAUTHENTICATED) res.setHeader('www-authenticate', 'Bearer realm="concord"');
          return res
            .status(statusFor(e.code) ?? 400)
            .json({ errors: [{ message: e.message, extensions: { code: e.code, requestId, ...e.details } }] });
        }
        deps.log.error({ err: e, requestId }, 'csaf feed failed');
        return res.status(500).json({
          errors: [
            { message: 'Internal server error.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId } },
          ],
        });
      }
    };
  const notFound = (res: Response) =>
    res.status(404).json({
      errors: [
        {
          message: 'No document is served at this path, or you may not see it.',
          extensions: { code: ErrorCode.NOT_FOUND, requestId: res.locals.requestId },
        },
      ],
    });

  /** The folder's documents as the caller may see them; the protected folders need a credential. */
  const folder = async (name: string, ctx: ReturnType<typeof createRequestContext>, only?: { file: string }) => {
    if (name !== 'white' && !ctx.viewer.authenticated)
      throw new UnauthenticatedError(`TLP:${TLP_FOLDERS[name].label} documents need a token or an API key.`);
    return folderListing(ctx, name, only);
  };

  app.get(
    '/.well-known/csaf/provider-metadata.json',
    handle(async (_req, res, ctx) => {
      const key = await opts.key();
      const docs = await folderListing({ ...ctx, viewer: ANONYMOUS }, 'white');
      const last = docs.reduce(
        (m, d) => (d.currentReleaseDate > m ? d.currentReleaseDate : m),
        '1970-01-01T00:00:00.000Z',
      );
      res.setHeader('cache-control', 'public, max-age=300');
      res.json(providerMetadata(base, opts.publicUrl, key?.fingerprint ?? null, last));
    }),
  );

  app.get(
    '/.well-known/csaf/openpgp/:file',
    handle(async (req, res) => {
      const key = await opts.key();
      if (!key || req.params.file !== `${key.fingerprint}.asc`) return notFound(res);
      res.type('application/pgp-keys').send(key.publicArmored);
    }),
  );

  app.get(
    '/.well-known/csaf/:folder/:file',
    handle(async (req, res, ctx) => {
      const name = String(req.params.folder);
      if (!TLP_FOLDERS[name]) return notFound(res);
      const file = String(req.params.file);
      const docs = await folder(name, ctx);
      if (file === 'index.txt') return res.type('text/plain').send(indexTxt(docs));
      if (file === 'changes.csv') return res.type('text/csv').send(changesCsv(docs));
      if (file === `csaf-feed-tlp-${name}.json`) return res.json(rolieFeed(name, base, docs, ctx.clock.now()));
      return notFound(res);
    }),
  );

  app.get(
    '/.well-known/csaf/:folder/:year/:file',
    handle(async (req, res, ctx) => {
      const name = String(req.params.folder);
      const match = FILE.exec(`${req.params.year}/${req.params.file}`);
      if (!TLP_FOLDERS[name] || !match) return notFound(res);
      const path = `${match[1]}/${match[2]}`;
      const listed = (await folder(name, ctx, { file: match[2] })).find((d) => d.path === path);
      const doc = listed && (await documentAt(ctx, listed, opts.publicUrl));
      if (!doc) return notFound(res);
      const suffix = match[3];
      if (!suffix) return res.type('application/json').send(doc.text);
      if (suffix === '.sha256') return res.type('text/plain').send(`${sha('sha256', doc.text)}  ${match[2]}\n`);
      if (suffix === '.sha512') return res.type('text/plain').send(`${sha('sha512', doc.text)}  ${match[2]}\n`);
      const key = await opts.key();
      if (!key) return notFound(res);
      return res.type('application/pgp-signature').send(await signed(key, doc.text));
    }),
  );

  app.get('/.well-known/security.txt', (_req, res) => {
    const expires = new Date(Date.now() + 180 * 86_400_000).toISOString();
    res
      .type('text/plain')
      .send(
        [
          `Contact: ${opts.publicUrl}/graphql`,
          `Expires: ${expires}`,
          `CSAF: ${base}/provider-metadata.json`,
          'Preferred-Languages: en',
          `Canonical: ${opts.publicUrl}/.well-known/security.txt`,
          '',
        ].join('\n'),
      );
  });
}
