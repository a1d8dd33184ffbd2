// The analysts' IDE: Ruru (GraphiQL) served from the npm package's own files, so it works with no internet.
import type { Express, Request, Response } from 'express';
import { StartupError } from '../db/startup-error';
import { EXAMPLE_OPERATIONS } from './ide-examples';

const STATIC_PATH = '/ide-assets/';

/**
 * Loaded only when the IDE is on: a lean production image leaves ruru out (the IDE's files are most of an
 * installation's size), and turning the IDE on there is a clear start-up failure.
 */
async function loadRuru() {
  try {
    const [{ ruruHTML }, { serveStatic }] = await Promise.all([import('ruru/server'), import('ruru/static')]);
    return { ruruHTML, serveStatic };
  } catch {
    throw new StartupError('GRAPHQL_IDE is on, but the optional package ruru is not installed (build the image with WITH_IDE=true)');
  }
}

export async function mountIde(app: Express) {
  const { ruruHTML, serveStatic } = await loadRuru();
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
