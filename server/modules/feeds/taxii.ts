// TAXII 2.1 collections over Concord's STIX content. A caller sees the collections of the audiences it belongs to:
// public (anyone), its sector (a recipient's critical-infrastructure sector) and its organization (everything it
// may see, advisories included), each read under the same entry and advisory policies as GraphQL, and no entry
// while it is under embargo.
import { applyCondition } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { policy } from '../../core/policy';
import { ANONYMOUS, type Viewer } from '../../core/viewer';
import { ClearinghouseEntry } from '../clearinghouse/entry.entity';
import { PUBLISHED_STATUSES } from '../clearinghouse/entry.enums';
import { PUBLISHED_ADVISORY_STATUSES } from '../advisories/advisory.enums';
import { sqlList } from '../../core/policy';
import {
  advisoryReport,
  CLEARINGHOUSE_IDENTITY,
  entryObjects,
  markingDefinition,
  uuidv5,
  type AdvisoryRow,
  type StixObject,
} from './stix';

export const TAXII_MEDIA = 'application/taxii+json;version=2.1';
export const STIX_MEDIA = 'application/stix+json;version=2.1';

export interface Collection {
  id: string;
  title: string;
  description: string;
  can_read: boolean;
  can_write: boolean;
  media_types: string[];
  /** Not sent: which audience. */
  audience: { kind: 'public' } | { kind: 'sector'; sector: string } | { kind: 'organization'; organizationId: string };
}

export async function collectionsFor(ctx: RequestContext): Promise<Collection[]> {
  const out: Collection[] = [
    {
      id: uuidv5('collection:public'),
      title: 'Concord public',
      description: 'Published TLP:CLEAR clearinghouse entries, for anyone.',
      can_read: true,
      can_write: false,
      media_types: [STIX_MEDIA],
      audience: { kind: 'public' },
    },
  ];
  const v = ctx.viewer;
  if (!v.authenticated || !v.organizationId) return out;
  const [org] = await ctx.db.query('SELECT sector FROM organization WHERE id = $1', [v.organizationId]);
  if (org?.sector)
    out.push({
      id: uuidv5(`collection:sector:${org.sector}`),
      title: `Sector: ${org.sector}`,
      description: `Published clearinghouse entries for the ${org.sector} sector that you may see.`,
      can_read: true,
      can_write: false,
      media_types: [STIX_MEDIA],
      audience: { kind: 'sector', sector: org.sector },
    });
  out.push({
    id: uuidv5(`collection:organization:${v.organizationId}`),
    title: 'Your organization',
    description:
      'Every published clearinghouse entry and advisory your organization may see. POST STIX vulnerabilities here to report them to the clearinghouse.',
    can_read: true,
    can_write: true,
    media_types: [STIX_MEDIA],
    audience: { kind: 'organization', organizationId: v.organizationId },
  });
  return out;
}

export interface Stored {
  object: StixObject;
  /** When it was added to the collection (its current version's time). */
  dateAdded: string;
}

/** Every object of the collection, sorted by date added then id (the order pages follow). */
export async function collectionObjects(ctx: RequestContext, c: Collection, publicUrl: string): Promise<Stored[]> {
  const viewer: Viewer = c.audience.kind === 'public' ? ANONYMOUS : ctx.viewer;
  const now = ctx.clock.now();
  const qb = applyCondition(
    ctx.db.getRepository(ClearinghouseEntry).createQueryBuilder('e'),
    policy.entry(viewer, 'e', now),
  )
    .andWhere('e.status IN (:...taxiiStatuses)', { taxiiStatuses: [...PUBLISHED_STATUSES] })
    .andWhere('e.published_at IS NOT NULL')
    .andWhere('(e.embargo_until IS NULL OR e.embargo_until <= :taxiiNow)', { taxiiNow: now });
  if (c.audience.kind === 'sector') qb.andWhere(':taxiiSector = ANY(e.sectors)', { taxiiSector: c.audience.sector });
  const entries = await qb.getMany();
  const objects: StixObject[] = [CLEARINGHOUSE_IDENTITY];
  const markings = new Set<string>();
  for (const e of entries) {
    markings.add(e.marking);
    objects.push(...entryObjects(e, publicUrl));
  }
  if (c.audience.kind === 'organization') {
    const vis = policy.advisory(viewer, 'a');
    const rows: AdvisoryRow[] = await applyCondition(ctx.db.createQueryBuilder().select([]).from('advisory', 'a'), vis)
      .addSelect(['a.id AS id', 'a.title AS title', 'a.summary AS summary', 'a.marking AS marking'])
      .addSelect(['a.status AS status', 'a.published_at AS published_at', 'a.updated_at AS updated_at'])
      .addSelect('a.entry_ids', 'entry_ids')
      .andWhere(
        `a.status IN (${sqlList([...PUBLISHED_ADVISORY_STATUSES, 'WITHDRAWN'])}) AND a.published_at IS NOT NULL`,
      )
      .getRawMany();
    const visible = new Set(entries.map((e) => e.id));
    for (const a of rows) {
      markings.add(a.marking);
      objects.push(advisoryReport(a, visible));
    }
  }
  for (const m of markings) objects.push(markingDefinition(m));
  return objects
    .map((object) => ({ object, dateAdded: (object.modified ?? object.created) as string }))
    .sort((a, b) => a.dateAdded.localeCompare(b.dateAdded) || a.object.id.localeCompare(b.object.id));
}
