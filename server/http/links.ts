// The pages behind the links in emails: /actions/<token> (acknowledge or report patched), /unsubscribe/<token>
// (RFC 8058 one-click) and /notices/<id>. Another way in, so the same rules: charged to the caller's request
// budget, every change through the same service and audit chain as the API, errors with the API's codes. A GET
// only shows a page whose button POSTs (mail scanners follow GET links); pages send no referrer and are not cached.
import express, { type Express, type Request, type Response } from 'express';
import { ConcordError, ErrorCode } from '../core/errors';
import { createRequestContext, type ContextDeps } from '../core/context';
import { toGlobalId } from '../core/ids';
import { ANONYMOUS } from '../core/viewer';
import { RateLimitedError, type RateLimiter } from '../core/rate-limit';
import { statusFor } from '../graphql/errors';
import type { Authenticator } from '../modules/auth/auth.service';
import { advisoryService } from '../modules/advisories/advisory.service';
import { DeliveryStatus } from '../modules/advisories/advisory.enums';
import { LinkSigner, TokenError } from '../modules/notifications/action-links';
import { KIND_BY_NAME } from '../modules/notifications/kinds';
import { NotificationMode } from '../modules/notifications/notification.enums';
import { setPreference } from '../modules/notifications/notification.service';
import { escapeHtml } from '../modules/notifications/render';

interface Page {
  status: number;
  title: string;
  message: string;
  code?: ErrorCode;
  button?: string;
}

function send(req: Request, res: Response, page: Page) {
  const requestId = res.locals.requestId as string;
  res.setHeader('cache-control', 'no-store');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader(
    'content-security-policy',
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
  );
  if (req.accepts(['html', 'json']) === 'json') {
    return res
      .status(page.status)
      .json(
        page.code
          ? { errors: [{ message: page.message, extensions: { code: page.code, requestId } }] }
          : { data: { ok: true, message: page.message } },
      );
  }
  const form = page.button
    ? `<form method="post"><button type="submit">${escapeHtml(page.button)}</button></form>`
    : '';
  res
    .status(page.status)
    .type('html')
    .send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">` +
        `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(page.title)} - Concord</title>` +
        `<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1b1b1b}` +
        `button{font-size:1rem;padding:.75rem 1.5rem;background:#005ea2;color:#fff;border:0;border-radius:.25rem;cursor:pointer}` +
        `button:focus{outline:.25rem solid #2491ff;outline-offset:.25rem}.code{color:#5c5c5c}</style></head>` +
        `<body><main><h1>${escapeHtml(page.title)}</h1><p>${escapeHtml(page.message)}</p>${form}` +
        (page.code ? `<p class="code">${page.code} · request ${escapeHtml(requestId)}</p>` : '') +
        `</main></body></html>`,
    );
}

const ACTION_WORDS: Record<string, { button: string; done: string }> = {
  ACKNOWLEDGED: { button: 'Acknowledge the advisory', done: 'The advisory is acknowledged for your organization.' },
  PATCHED: { button: 'Report it patched', done: 'The advisory is reported patched for your organization.' },
};

export function mountLinks(
  app: Express,
  deps: ContextDeps,
  auth: Authenticator,
  limiter: RateLimiter,
  clientAddress: (req: Request) => string,
) {
  const links = new LinkSigner(deps.auditKey);
  const form = express.urlencoded({ extended: false, limit: '1kb' });

  /** Runs a handler with the budget charged and every failure answered as a coded page. */
  const guarded =
    (handler: (req: Request, res: Response) => Promise<unknown>) => async (req: Request, res: Response) => {
      try {
        await limiter.chargeRequest(ANONYMOUS, clientAddress(req));
        await handler(req, res);
      } catch (e) {
        if (e instanceof TokenError)
          return send(req, res, {
            status: e.reason === 'expired' ? 410 : 400,
            title: e.reason === 'expired' ? 'This link has expired' : 'This link is not valid',
            message:
              e.reason === 'expired'
                ? 'The link is too old to use. Sign in to Concord to do this.'
                : 'The link is not one Concord made, or it was changed. Nothing was done.',
            code: ErrorCode.BAD_USER_INPUT,
          });
        if (e instanceof ConcordError) {
          if (e instanceof RateLimitedError) res.setHeader('retry-after', String(e.retryAfterSeconds));
          return send(req, res, {
            status: statusFor(e.code) ?? 400,
            title: 'Nothing was done',
            message: e.message,
            code: e.code,
          });
        }
        deps.log.error({ err: e, requestId: res.locals.requestId }, 'link failed');
        return send(req, res, {
          status: 500,
          title: 'Something went wrong',
          message: 'Nothing was done; try again later.',
          code: ErrorCode.INTERNAL_SERVER_ERROR,
        });
      }
    };

  const used = async (jti: string) =>
    (await deps.db.query('SELECT 1 FROM action_token_use WHERE jti = $1', [jti])).length > 0;

  app.get(
    '/actions/:token',
    guarded(async (req, res) => {
      const claims = await links.verifyAction(String(req.params.token));
      if (await used(claims.jti))
        return send(req, res, {
          status: 409,
          title: 'This link was already used',
          message: 'Each link works once. Sign in to Concord to see where the advisory stands.',
          code: ErrorCode.CONFLICT,
        });
      const words = ACTION_WORDS[claims.action];
      send(req, res, {
        status: 200,
        title: words.button,
        message: 'Confirm to record this for your organization. It is recorded under your name.',
        button: words.button,
      });
    }),
  );

  app.post(
    '/actions/:token',
    form,
    guarded(async (req, res) => {
      const claims = await links.verifyAction(String(req.params.token));
      const viewer = await auth.viewerForUser(claims.userId);
      const [carried] = await deps.db.query('SELECT user_id FROM notification WHERE id = $1', [claims.notificationId]);
      if (!viewer || !carried || carried.user_id !== claims.userId)
        return send(req, res, {
          status: 404,
          title: 'Nothing was done',
          message: 'This link no longer leads anywhere.',
          code: ErrorCode.NOT_FOUND,
        });
      const [claimed] = await deps.db.query(
        'INSERT INTO action_token_use (jti, used_at) VALUES ($1, now()) ON CONFLICT DO NOTHING RETURNING jti',
        [claims.jti],
      );
      if (!claimed)
        return send(req, res, {
          status: 409,
          title: 'This link was already used',
          message: 'Each link works once. Sign in to Concord to see where the advisory stands.',
          code: ErrorCode.CONFLICT,
        });
      const ctx = createRequestContext(deps, viewer, res.locals.requestId as string, clientAddress(req));
      try {
        await advisoryService.updateDelivery(ctx, {
          deliveryId: toGlobalId('AdvisoryDelivery', claims.deliveryId),
          status: claims.action === 'PATCHED' ? DeliveryStatus.PATCHED : DeliveryStatus.ACKNOWLEDGED,
          note: 'Reported from an email link.',
        });
      } catch (e) {
        // Nothing changed: the link may be used again once whatever stopped it is resolved.
        await deps.db.query('DELETE FROM action_token_use WHERE jti = $1', [claims.jti]);
        throw e;
      }
      send(req, res, { status: 200, title: 'Done', message: ACTION_WORDS[claims.action].done });
    }),
  );

  app.get(
    '/unsubscribe/:token',
    guarded(async (req, res) => {
      const { kind } = await links.verifyUnsubscribe(String(req.params.token));
      send(req, res, {
        status: 200,
        title: 'Stop these emails?',
        message: `You will no longer get email for "${KIND_BY_NAME.get(kind)?.label ?? kind}". Your organization's webhooks are not affected.`,
        button: 'Unsubscribe',
      });
    }),
  );

  app.post(
    '/unsubscribe/:token',
    form,
    guarded(async (req, res) => {
      const { userId, kind } = await links.verifyUnsubscribe(String(req.params.token));
      const viewer = await auth.viewerForUser(userId);
      if (!viewer || !KIND_BY_NAME.has(kind))
        return send(req, res, {
          status: 404,
          title: 'Nothing was done',
          message: 'This link no longer leads anywhere.',
          code: ErrorCode.NOT_FOUND,
        });
      const ctx = createRequestContext(deps, viewer, res.locals.requestId as string, clientAddress(req));
      await setPreference(ctx, userId, kind, NotificationMode.OFF, 'unsubscribeFromEmail');
      send(req, res, { status: 200, title: 'Unsubscribed', message: 'You will get no more of these emails.' });
    }),
  );

  app.get(
    '/notices/:id',
    guarded(async (req, res) => {
      const id = String(req.params.id);
      send(req, res, {
        status: 200,
        title: 'Something needs your attention',
        message: `Sign in to Concord to read it: query node(id: "${toGlobalId('Notification', /^[0-9a-f-]{36}$/i.test(id) ? id : '00000000-0000-0000-0000-000000000000')}") or open your notifications.`,
      });
    }),
  );
}
