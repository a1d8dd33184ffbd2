// How node(id) loads each type: every module declares its node types and loaders in its manifest
// (modules/<name>/<name>.module.ts); this registry is derived from that list.
import type { RequestContext } from '../core/context';
import type { NodeLoad } from '../core/module';
import type { Node } from '../core/node';
import { MODULES } from '../modules';

export const nodeLoaders: Record<string, NodeLoad> = Object.fromEntries(
  MODULES.flatMap((m) => m.nodes ?? []).map((n) => [n.type, n.load]),
);

/** Loads `type` by uuid for the viewer; null when the type is unknown, the row missing or hidden. */
export async function resolveNode(ctx: RequestContext, type: string, id: string): Promise<Node | null> {
  const load = nodeLoaders[type];
  if (!load) return null;
  const node = await load(ctx, id, (t, i) => resolveNode(ctx, t, i));
  // An Organization id decoded as "Developer" must really be a Developer.
  return node && node.constructor.name === type ? node : null;
}
