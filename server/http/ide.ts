// The analysts' IDE: Ruru (GraphiQL) served from the npm package's own files, so it works with no internet.
import type { Express, Request, Response } from 'express';
import { ruruHTML } from 'ruru/server';
import { serveStatic } from 'ruru/static';
import { EXAMPLE_OPERATIONS } from './ide-examples';

const STATIC_PATH = '/ide-assets/';

export function mountIde(app: Express) {
  app.use(STATIC_PATH, (req, res, next) => {
    // serveStatic expects the full URL path; express strips the mount point.
    req.url = STATIC_PATH.slice(0, -1) + req.url;
    serveStatic(STATIC_PATH)(req, res, next);
  });
  const html = ruruHTML({
    endpoint: '/graphql',
    staticPath: STATIC_PATH,
    clientConfig: ({
      initialQuery: EXAMPLE_OPERATIONS,
      isHeadersEditorEnabled: true,
    } as never),
    htmlParts: { titleTag: '<title>Concord GraphQL IDE</title>' },
  });
  return (req: Request, res: Response) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.send(html);
  };
}
