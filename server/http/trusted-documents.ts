// POST /graphql with `documentId`: the registered text replaces it; arbitrary text is refused where the
// configuration holds this caller to registered documents (graphql/trusted-documents.ts has the rule).
import type { NextFunction, Request, Response } from 'express';
import type { Config } from '../config';
import { ConcordError } from '../core/errors';
import { documentFor } from '../graphql/trusted-documents';

export function trustedDocumentsMiddleware(mode: Config['trustedDocuments']) {
  return (req: Request, res: Response, next: NextFunction) => {
    const request = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
    if (
      !request ||
      typeof request !== 'object' ||
      Array.isArray(request) ||
      (req.method !== 'GET' && req.method !== 'POST')
    )
      return next();
    try {
      const text = documentFor(mode, request, req.headers.authorization);
      if (request.documentId !== undefined && req.method === 'POST') {
        req.body = { ...request, query: text };
        delete (req.body as Record<string, unknown>).documentId;
      }
      next();
    } catch (e) {
      if (!(e instanceof ConcordError)) return next(e);
      res.status(400).json({
        errors: [{ message: e.message, extensions: { code: e.code, ...e.details, requestId: res.locals.requestId } }],
      });
    }
  };
}
