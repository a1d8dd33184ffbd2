// POST to a TAXII collection: each STIX `vulnerability` becomes a clearinghouse report, made through the same
// service, input rules and audit chain as reportClearinghouseEntry; anything else fails with its reason. The
// result is a status resource the sender's organization can read again.
import { validate } from 'class-validator';
import type { RequestContext } from '../../core/context';
import { ConcordError } from '../../core/errors';
import { Marking } from '../../core/marking';
import { entryService } from '../clearinghouse/entry.service';
import { ReportEntryInput } from '../clearinghouse/entry.inputs';
import { IdentifierType } from '../clearinghouse/entry.enums';
import { TLP_MARKINGS } from './stix';
import { TaxiiStatus } from './taxii-status.entity';

const MARKING_BY_ID = new Map(Object.entries(TLP_MARKINGS).map(([m, d]) => [d.id, m as Marking]));
const STIX_ID = /^vulnerability--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const MAX_OBJECTS_PER_POST = 100;

type Obj = Record<string, unknown>;

async function reportOne(ctx: RequestContext, o: Obj): Promise<string> {
  if (o.type !== 'vulnerability') throw new Error(`only vulnerability objects are accepted, not ${String(o.type)}`);
  if (typeof o.id !== 'string' || !STIX_ID.test(o.id)) throw new Error('id must be vulnerability--<uuid>');
  if (o.spec_version !== '2.1') throw new Error('spec_version must be 2.1');
  if (typeof o.name !== 'string' || !o.name.trim()) throw new Error('name is required');
  const refs = Array.isArray(o.external_references) ? (o.external_references as Obj[]) : [];
  const cve = refs.find((r) => r.source_name === 'cve' && typeof r.external_id === 'string')?.external_id as
    string | undefined;
  const markings = Array.isArray(o.object_marking_refs) ? (o.object_marking_refs as string[]) : [];
  const marking = markings.map((m) => MARKING_BY_ID.get(m)).find(Boolean) ?? Marking.AMBER;
  const input = Object.assign(new ReportEntryInput(), {
    title: o.name.trim().slice(0, 300),
    summary: typeof o.description === 'string' && o.description.trim() ? o.description : o.name,
    marking,
    affected: [],
    identifiers: cve ? [{ type: IdentifierType.CVE, value: cve }] : [],
  });
  const errors = await validate(input, { forbidUnknownValues: false });
  if (errors.length)
    throw new Error(errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`).join('; '));
  const entry = await entryService.report(ctx, input);
  return entry.key;
}

export async function postObjects(ctx: RequestContext, objects: unknown[]): Promise<TaxiiStatus> {
  const successes: TaxiiStatus['successes'] = [];
  const failures: TaxiiStatus['failures'] = [];
  for (const raw of objects) {
    const o = (raw && typeof raw === 'object' ? raw : {}) as Obj;
    const id = typeof o.id === 'string' ? o.id : '(no id)';
    const version = typeof o.modified === 'string' ? o.modified : undefined;
    try {
      const key = await reportOne(ctx, o);
      successes.push({ id, version, message: `reported as ${key}` });
    } catch (e) {
      failures.push({
        id,
        version,
        message: e instanceof ConcordError ? `${e.code}: ${e.message}` : (e as Error).message,
      });
    }
  }
  return ctx.db.save(
    ctx.db.create(TaxiiStatus, {
      organizationId: ctx.viewer.organizationId!,
      status: 'complete',
      totalCount: objects.length,
      successes,
      failures,
    }),
  );
}

export function statusResource(s: TaxiiStatus) {
  return {
    id: s.id,
    status: s.status,
    request_timestamp: s.createdAt.toISOString(),
    total_count: s.totalCount,
    success_count: s.successes.length,
    successes: s.successes,
    failure_count: s.failures.length,
    failures: s.failures,
    pending_count: 0,
    pending: [],
  };
}
