import type { MigrationInterface, QueryRunner } from 'typeorm';
import { webUrl } from '../../core/urls';

/**
 * Repairs the reference URLs that imports before this release copied verbatim out of KEV notes (a trailing `",`,
 * a full-width underscore): each is cleaned by core/urls.ts's rule, what is still not an http(s) URL is dropped,
 * and every entry that changed gets a new version and a timeline event naming the change.
 */
export class CleanReferences1765500000000 implements MigrationInterface {
  name = 'CleanReferences1765500000000';

  async up(q: QueryRunner): Promise<void> {
    const rows: { id: string; status: string; reference_urls: string[] }[] = await q.query(
      `SELECT id, status, reference_urls FROM clearinghouse_entry WHERE cardinality(reference_urls) > 0`,
    );
    for (const row of rows) {
      const urls = [...new Set(row.reference_urls.map((u) => webUrl(u)).filter((u): u is string => u !== null))];
      if (urls.length === row.reference_urls.length && urls.every((u, i) => u === row.reference_urls[i])) continue;
      const dropped = row.reference_urls.filter((u) => webUrl(u) === null).length;
      const cleaned = row.reference_urls.filter((u) => webUrl(u) !== null && webUrl(u) !== u).length;
      await q.query(
        `UPDATE clearinghouse_entry SET reference_urls = $2, version = version + 1, updated_at = now() WHERE id = $1`,
        [row.id, urls],
      );
      await q.query(
        `INSERT INTO timeline_event (subject_type, subject_id, at, action, from_status, to_status, note, government_only) VALUES ('ClearinghouseEntry', $1, now(), 'cleanReferences', $2, $2, $3, false)`,
        [
          row.id,
          row.status,
          `References cleaned: ${cleaned} rewritten as valid URIs, ${dropped} dropped (not http(s) URLs)`,
        ],
      );
    }
  }

  async down(): Promise<void> {
    // The addresses as they were imported are not kept: nothing to undo.
  }
}
