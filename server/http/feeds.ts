// Public feeds: GET /feeds/kev.json is Concord's KEV-listed TLP:CLEAR entries in CISA's catalog format. A feed
// is another way in: it is charged to the caller's request budget like any request, serves exactly what an
// anonymous caller may see, and answers errors in the API's coded JSON shape.
import type { Express, Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { ConcordError, ErrorCode } from '../core/errors';
import { RateLimitedError, type RateLimiter } from '../core/rate-limit';
import type { Authenticator } from '../modules/auth/auth.service';
import type { ContextDeps } from '../core/context';
import { statusFor } from '../graphql/errors';
import { kevService } from '../modules/kev/kev.service';

export function mountFeeds(
  app: Express,
  deps: ContextDeps,
  auth: Authenticator,
  limiter: RateLimiter,
  clientAddress: (req: Request) => string,
) {
  app.get('/feeds/kev.json', async (req: Request, res: Response) => {
    const requestId = res.locals.requestId as string;
    try {
      const viewer = await auth.viewerFor(req.headers.authorization, new Date());
      await limiter.chargeRequest(viewer, clientAddress(req));
      const { catalog, lastModified } = await kevService.feed({ db: deps.db.manager, clock: deps.clock });
      const body = JSON.stringify(catalog);
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
      res.setHeader('etag', etag);
      res.setHeader('last-modified', lastModified.toUTCString());
      res.setHeader('cache-control', 'public, max-age=300');
      if (req.headers['if-none-match'] === etag) return res.status(304).end();
      res.type('application/json').send(body);
    } catch (e) {
      if (e instanceof ConcordError) {
        if (e instanceof RateLimitedError) res.setHeader('retry-after', String(e.retryAfterSeconds));
        return res
          .status(statusFor(e.code) ?? 400)
          .json({ errors: [{ message: e.message, extensions: { code: e.code, requestId, ...e.details } }] });
      }
      deps.log.error({ err: e, requestId }, 'feed failed');
      return res.status(500).json({
        errors: [
          { message: 'Internal server error.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId } },
        ],
      });
    }
  });
}
