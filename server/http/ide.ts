// The analysts' IDE: Ruru (GraphiQL) served from the npm package's own files, so it works with no internet.
import type { Express, Request, Response } from 'express';
import { StartupError } from '../db/startup-error';
import { defaultTabs } from './ide-examples';

const STATIC_PATH = '/ide-assets/';

/**
 * Ruru's footer ends its words with two emoji; without an emoji font (headless Chromium on servers, many Linux
 * desktops) they render as empty boxes. Keep the words and the sponsor link, drop the pictographs.
 */
const FOOTER_WITHOUT_MISSING_GLYPHS = `<script>
  new MutationObserver(() => {
    for (const footer of document.querySelectorAll('.ruru-footer'))
      for (const node of footer.childNodes)
        if (node.nodeType === 3 && /\\p{Extended_Pictographic}/u.test(node.data)) node.data = node.data.replace(/\\s*\\p{Extended_Pictographic}\\uFE0F?/gu, '');
  }).observe(document.documentElement, { childList: true, subtree: true });
</script>`;

/**
 * Loaded only when the IDE is on: a lean production image leaves ruru out (the IDE's files are most of an
 * installation's size), and turning the IDE on there is a clear start-up failure.
 */
async function loadRuru() {
  try {
    const [{ ruruHTML }, { serveStatic }] = await Promise.all([import('ruru/server'), import('ruru/static')]);
    return { ruruHTML, serveStatic };
  } catch {
    throw new StartupError(
      'GRAPHQL_IDE is on, but the optional package ruru is not installed (build the image with WITH_IDE=true)',
    );
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
    // One tab per task and role (ide-examples.ts). GraphiQL takes `defaultTabs` when the browser has no saved tabs.
    clientConfig: {
      defaultTabs: defaultTabs(),
      isHeadersEditorEnabled: true,
    } as never,
    htmlParts: {
      titleTag: '<title>Concord GraphQL IDE</title>',
      bodyScripts: (base: string) => base + FOOTER_WITHOUT_MISSING_GLYPHS,
    } as never,
  });
  return (req: Request, res: Response) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.send(html);
  };
}
