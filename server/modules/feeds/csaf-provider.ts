// Concord as a CSAF 2.0 trusted provider (OASIS CSAF 2.0, section 7): provider-metadata.json, one folder per TLP
// label with index.txt, changes.csv, a ROLIE feed, and each entry's CSAF document with its .sha256, .sha512 and
// detached OpenPGP signature. What a folder lists, and each document, is exactly what the caller may see through
// GraphQL (the entry policy, so TLP, embargo and named recipients), read as the caller, when asked.
import { createHash } from 'node:crypto';
import { applyCondition } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { policy } from '../../core/policy';
import { ClearinghouseEntry } from '../clearinghouse/entry.entity';
import { PUBLISHED_STATUSES } from '../clearinghouse/entry.enums';
import { toCsaf } from '../clearinghouse/exports/csaf';
import { timelineService } from '../timeline/timeline.service';

/** CSAF 2.0 predates TLP 2.0: its labels, and the markings each folder holds. */
export const TLP_FOLDERS: Record<string, { label: string; markings: string[] }> = {
  white: { label: 'WHITE', markings: ['CLEAR'] },
  green: { label: 'GREEN', markings: ['GREEN'] },
  amber: { label: 'AMBER', markings: ['AMBER', 'AMBER_STRICT'] },
  red: { label: 'RED', markings: ['RED'] },
};

/** The file name rule of CSAF 2.0 section 5.1: the tracking id in lower case, other characters as `_`. */
export const fileName = (trackingId: string) => `${trackingId.toLowerCase().replace(/[^+\-a-z0-9]+/g, '_')}.json`;

export interface Listed {
  entryId: string;
  trackingId: string;
  title: string;
  /** `<year>/<file>` under the folder. */
  path: string;
  initialReleaseDate: string;
  currentReleaseDate: string;
}

const iso = (d: Date | string) => new Date(d).toISOString();

/**
 * Every published entry of one folder the caller may see (oldest first), in one statement: its path and the dates
 * its document carries, computed as toCsaf() computes them (the initial release, and the last timeline step the
 * caller may see, never before it), so listings never build the documents themselves.
 */
export async function folderListing(ctx: RequestContext, folder: string, only?: { file: string }): Promise<Listed[]> {
  const tlp = TLP_FOLDERS[folder];
  if (!tlp) return [];
  const steps = policy.timelineEvent(ctx.viewer, 't');
  const qb = applyCondition(
    ctx.db.getRepository(ClearinghouseEntry).createQueryBuilder('e'),
    policy.entry(ctx.viewer, 'e', ctx.clock.now()),
  )
    .select(['e.id AS id', 'e.key AS key', 'e.title AS title', 'e.published_at AS released', 'e.updated_at AS updated'])
    .addSelect(
      `(SELECT t.at FROM timeline_event t WHERE t.subject_id = e.id AND ${steps.sql} ORDER BY t.seq DESC LIMIT 1)`,
      'last',
    )
    .setParameters(steps.params)
    .andWhere('e.marking IN (:...csafMarkings)', { csafMarkings: tlp.markings })
    .andWhere('e.status IN (:...csafStatuses)', { csafStatuses: [...PUBLISHED_STATUSES] })
    .andWhere('e.published_at IS NOT NULL')
    // No feed carries an entry under embargo, whoever asks (analysts see it through GraphQL).
    .andWhere('(e.embargo_until IS NULL OR e.embargo_until <= :csafNow)', { csafNow: ctx.clock.now() })
    .orderBy('e.published_at', 'ASC')
    .addOrderBy('e.id', 'ASC');
  // One document: its file name is fileName(key), the same rule in SQL.
  if (only)
    qb.andWhere(`regexp_replace(lower(e.key), '[^+a-z0-9-]+', '_', 'g') || '.json' = :csafFile`, {
      csafFile: only.file,
    });
  const rows: { id: string; key: string; title: string; released: Date; last: Date | null; updated: Date }[] =
    await qb.getRawMany();
  return rows.map((r) => {
    const released = iso(r.released);
    const step = iso(r.last ?? r.updated);
    const current = step > released ? step : released;
    return {
      entryId: r.id,
      trackingId: r.key,
      title: r.title,
      path: `${released.slice(0, 4)}/${fileName(r.key)}`,
      initialReleaseDate: released,
      currentReleaseDate: current,
    };
  });
}

/** The entry's CSAF document as the caller may see it (the same as ClearinghouseEntry.csaf). */
export async function documentAt(
  ctx: RequestContext,
  listed: Listed,
  namespace: string,
): Promise<{ document: Record<string, unknown>; text: string } | null> {
  const e = await applyCondition(
    ctx.db.getRepository(ClearinghouseEntry).createQueryBuilder('e'),
    policy.entry(ctx.viewer, 'e', ctx.clock.now()),
  )
    .andWhere('e.id = :csafId', { csafId: listed.entryId })
    .getOne();
  if (!e) return null;
  const timeline = (await timelineService.allOf(ctx, e.id)).map((t) => ({
    date: t.at,
    summary: t.toStatus && t.fromStatus !== t.toStatus ? `${t.action}: ${t.toStatus}` : t.action,
  }));
  const document = toCsaf(e, timeline, namespace);
  return { document, text: JSON.stringify(document, null, 2) };
}

export const sha = (algorithm: 'sha256' | 'sha512', text: string) => createHash(algorithm).update(text).digest('hex');

/** index.txt: one path per line. */
export const indexTxt = (docs: Listed[]) => docs.map((d) => `${d.path}\n`).join('');

/** changes.csv: `"path","current_release_date"`, most recent first. */
export const changesCsv = (docs: Listed[]) =>
  [...docs]
    .sort((a, b) => b.currentReleaseDate.localeCompare(a.currentReleaseDate) || a.path.localeCompare(b.path))
    .map((d) => `"${d.path}","${d.currentReleaseDate}"\n`)
    .join('');

/** The folder's ROLIE feed (RFC 8322 in JSON, as CSAF 2.0 section 7.1.20 describes). */
export function rolieFeed(folder: string, base: string, docs: Listed[], now: Date) {
  const label = TLP_FOLDERS[folder].label;
  return {
    feed: {
      id: `concord-csaf-feed-tlp-${folder}`,
      title: `Concord clearinghouse CSAF feed (TLP:${label})`,
      link: [
        { rel: 'self', href: `${base}/${folder}/csaf-feed-tlp-${folder}.json` },
        { rel: 'service', href: `${base}/service.json` },
      ],
      category: [{ scheme: 'urn:ietf:params:rolie:category:information-type', term: 'csaf' }],
      updated: docs.reduce((m, d) => (d.currentReleaseDate > m ? d.currentReleaseDate : m), now.toISOString()),
      entry: docs.map((d) => {
        const url = `${base}/${folder}/${d.path}`;
        return {
          id: d.trackingId,
          title: d.title,
          link: [
            { rel: 'self', href: url },
            { rel: 'hash', href: `${url}.sha256` },
            { rel: 'hash', href: `${url}.sha512` },
            { rel: 'signature', href: `${url}.asc` },
          ],
          published: d.initialReleaseDate,
          updated: d.currentReleaseDate,
          summary: { content: d.title },
          content: { type: 'application/json', src: url },
          format: { schema: 'https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json', version: '2.0' },
        };
      }),
    },
  };
}

export function providerMetadata(base: string, publicUrl: string, fingerprint: string | null, lastUpdated: string) {
  return {
    canonical_url: `${base}/provider-metadata.json`,
    distributions: [
      ...Object.keys(TLP_FOLDERS).map((folder) => ({ directory_url: `${base}/${folder}/` })),
      {
        rolie: {
          feeds: Object.entries(TLP_FOLDERS).map(([folder, t]) => ({
            summary: `Clearinghouse entries marked TLP:${t.label}${folder === 'white' ? ' (public)' : ' (to those who may see them)'}`,
            tlp_label: t.label,
            url: `${base}/${folder}/csaf-feed-tlp-${folder}.json`,
          })),
        },
      },
    ],
    last_updated: lastUpdated,
    list_on_CSAF_aggregators: true,
    metadata_version: '2.0',
    mirror_on_CSAF_aggregators: true,
    public_openpgp_keys: fingerprint ? [{ fingerprint, url: `${base}/openpgp/${fingerprint}.asc` }] : [],
    publisher: {
      category: 'coordinator',
      contact_details: `Concord AI Cybersecurity Clearinghouse: ${publicUrl}`,
      issuing_authority: 'Operated under Executive Order 14409; documents are clearinghouse entries.',
      name: 'Concord AI Cybersecurity Clearinghouse',
      namespace: publicUrl,
    },
    role: 'csaf_trusted_provider',
  };
}
