// Concord as a CSAF 2.0 trusted provider, read as a CSAF aggregator would: provider-metadata.json valid against
// the OASIS provider schema, the TLP folders with index.txt, changes.csv and ROLIE feeds, each document valid with
// BSI's validator, with its hashes and an OpenPGP signature that verifies against the published key; the
// protected folders serve exactly what the caller may see through GraphQL.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server';
import { Caller } from './support/testkit';
import { createValidators } from './support/schemas';
import { toGlobalId } from '../server/core/ids';

let server: TestServer;
let origin: string;
const tokens: Record<string, string> = {};
type Bsi = (doc: unknown) => Promise<{ isValid: boolean; tests: { name: string; isValid: boolean }[] }>;
let bsi: Bsi;

async function token(email: string) {
  if (!tokens[email]) {
    const [u] = await server.concord.db.query('SELECT id FROM user_account WHERE email = $1', [email]);
    tokens[email] = await server.concord.auth.sign(u.id, email);
  }
  return tokens[email];
}

const get = async (p: string, email?: string) =>
  fetch(`${origin}${p}`, email ? { headers: { authorization: `Bearer ${await token(email)}` } } : {});
/** A URL from the provider's documents, on the test server (PUBLIC_URL is not the test port). */
const local = (url: string) => new URL(url).pathname;

beforeAll(async () => {
  server = await startTestServer({}, { seed: true });
  origin = new URL(server.url).origin;
  const { default: validateStrict } = await import('@secvisogram/csaf-validator-lib/validateStrict.js');
  const mandatory = await import('@secvisogram/csaf-validator-lib/mandatoryTests.js');
  const { csaf_2_0_strict } = await import('@secvisogram/csaf-validator-lib/schemaTests.js');
  const tests = [csaf_2_0_strict, ...Object.values(mandatory)];
  bsi = (doc) => validateStrict(tests as never, doc as never) as never;
}, 60_000);
afterAll(async () => server?.stop());

describe('a CSAF trusted provider', () => {
  it('publishes provider metadata valid against the OASIS schema, with its OpenPGP key', async () => {
    const res = await get('/.well-known/csaf/provider-metadata.json');
    expect(res.status).toBe(200);
    const meta = await res.json();
    // The provider schema refers to the CSAF schema, which the validators register under its $id.
    const { ajv } = createValidators();
    const schema = JSON.parse(
      fs.readFileSync(path.join(__dirname, 'fixtures/schemas/provider_json_schema.json'), 'utf8'),
    );
    const valid = ajv.validate(schema, meta);
    expect(ajv.errors ?? [], JSON.stringify(ajv.errors)).toEqual([]);
    expect(valid).toBe(true);
    expect(meta.role).toBe('csaf_trusted_provider');
    expect(meta.distributions.at(-1).rolie.feeds.map((f: any) => f.tlp_label)).toEqual([
      'WHITE',
      'GREEN',
      'AMBER',
      'RED',
    ]);
    const [key] = meta.public_openpgp_keys;
    expect(key.fingerprint).toMatch(/^[0-9A-F]{40,}$/);
    const armored = await (await get(local(key.url))).text();
    const openpgp = await import('openpgp');
    const publicKey = await openpgp.readKey({ armoredKey: armored });
    expect(publicKey.getFingerprint().toUpperCase()).toBe(key.fingerprint);
    const txt = await (await get('/.well-known/security.txt')).text();
    expect(txt).toMatch(/^CSAF: .*\/\.well-known\/csaf\/provider-metadata\.json$/m);
  });

  it('serves each public document with its hashes and a signature that verifies, valid with BSI’s validator', async () => {
    const index = (await (await get('/.well-known/csaf/white/index.txt')).text()).trim().split('\n');
    expect(index.length).toBeGreaterThan(0);
    const changes = (await (await get('/.well-known/csaf/white/changes.csv')).text()).trim().split('\n');
    expect(changes.length).toBe(index.length);
    expect(changes[0]).toMatch(/^"\d{4}\/[a-z0-9_+-]+\.json","\d{4}-\d\d-\d\dT[\d:.]+Z"$/);
    const feed = await (await get('/.well-known/csaf/white/csaf-feed-tlp-white.json')).json();
    expect(feed.feed.entry.length).toBe(index.length);
    // The listings' dates are the documents' own (computed in SQL for the listing, by the document for itself).
    const dated = new Map(changes.map((l) => l.slice(1, -1).split('","') as [string, string]));
    for (const p of index.slice(0, 8)) {
      const d = await (await get(`/.well-known/csaf/white/${p}`)).json();
      expect(dated.get(p), p).toBe(d.document.tracking.current_release_date);
      const e = feed.feed.entry.find((x: any) => x.id === d.document.tracking.id);
      expect(e.published).toBe(d.document.tracking.initial_release_date);
    }

    const file = index[0];
    const res = await get(`/.well-known/csaf/white/${file}`);
    expect(res.status).toBe(200);
    const text = await res.text();
    const doc = JSON.parse(text);
    expect(doc.document.distribution.tlp.label).toBe('WHITE');
    const result = await bsi(doc);
    expect(result.tests.filter((t) => !t.isValid).map((t) => t.name)).toEqual([]);
    const name = file.split('/')[1];
    for (const alg of ['sha256', 'sha512'] as const) {
      const line = await (await get(`/.well-known/csaf/white/${file}.${alg}`)).text();
      expect(line).toBe(`${createHash(alg).update(text).digest('hex')}  ${name}\n`);
    }
    const openpgp = await import('openpgp');
    const meta = await (await get('/.well-known/csaf/provider-metadata.json')).json();
    const publicKey = await openpgp.readKey({
      armoredKey: await (await get(local(meta.public_openpgp_keys[0].url))).text(),
    });
    const signature = await openpgp.readSignature({
      armoredSignature: await (await get(`/.well-known/csaf/white/${file}.asc`)).text(),
    });
    const verified = await openpgp.verify({
      message: await openpgp.createMessage({ text }),
      signature,
      verificationKeys: publicKey,
    });
    await expect(verified.signatures[0].verified).resolves.toBe(true);
    const forged = await openpgp.verify({
      message: await openpgp.createMessage({ text: text.replace('"WHITE"', '"GREEN"') }),
      signature,
      verificationKeys: publicKey,
    });
    await expect(forged.signatures[0].verified).rejects.toThrow();
  });

  it('the protected folders need a credential and list exactly what the caller may see', async () => {
    const anonymous = await get('/.well-known/csaf/green/index.txt');
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    let seen = 0;
    for (const email of ['it@mercy-rural-oh.example', 'admin@cisa.gov', 'dev@atlas-ai.example']) {
      for (const [folder, markings] of [
        ['green', ['GREEN']],
        ['amber', ['AMBER', 'AMBER_STRICT']],
      ] as const) {
        const listed = (await (await get(`/.well-known/csaf/${folder}/index.txt`, email)).text())
          .split('\n')
          .filter(Boolean)
          .map((p) => p.split('/')[1]);
        const caller = new Caller(server.url, await token(email));
        const keys: string[] = [];
        let after: string | null = null;
        do {
          const page: any = await caller.ok(
            `query($after: String, $m: [Marking!]) { clearinghouseEntries(first: 100, after: $after, filter: { markings: $m, statuses: [VALIDATED, COORDINATING, PATCH_AVAILABLE, RESOLVED] }) { pageInfo { hasNextPage endCursor } nodes { key publishedAt embargoUntil } } }`,
            { after, m: markings },
          );
          keys.push(
            ...page.clearinghouseEntries.nodes
              // Published, and no longer under embargo: no feed carries an embargoed entry, whoever asks.
              .filter(
                (n: any) =>
                  n.publishedAt &&
                  (!n.embargoUntil || new Date(n.embargoUntil).getTime() <= server.concord.clock.now().getTime()),
              )
              .map((n: any) => `${n.key.toLowerCase().replace(/[^+\-a-z0-9]+/g, '_')}.json`),
          );
          after = page.clearinghouseEntries.pageInfo.hasNextPage ? page.clearinghouseEntries.pageInfo.endCursor : null;
        } while (after);
        expect(listed.sort(), `${email} ${folder}`).toEqual(keys.sort());
        seen += listed.length;
      }
    }
    expect(seen).toBeGreaterThan(0);
    // A document the caller may not see is the same 404 as one that does not exist.
    const amber = (await (await get('/.well-known/csaf/amber/index.txt', 'admin@cisa.gov')).text()).split('\n')[0];
    const mine = (await (await get('/.well-known/csaf/amber/index.txt', 'dev@atlas-ai.example')).text()).split('\n');
    if (amber && !mine.includes(amber)) {
      const hidden = await get(`/.well-known/csaf/amber/${amber}`, 'dev@atlas-ai.example');
      const missing = await get('/.well-known/csaf/amber/2026/acc-2026-99999.json', 'dev@atlas-ai.example');
      expect(hidden.status).toBe(404);
      expect((await hidden.json()).errors[0].message).toBe((await missing.json()).errors[0].message);
    }
  });

  it("a document's revision history and current_release_date follow the entry, and changes.csv puts it first", async () => {
    const file = (await (await get('/.well-known/csaf/white/index.txt')).text()).split('\n')[0];
    const before = await (await get(`/.well-known/csaf/white/${file}`)).json();
    const analyst = new Caller(server.url, await token('admin@cisa.gov'));
    const key = before.document.tracking.id;
    const [row] = await server.concord.db.query('SELECT id, version FROM clearinghouse_entry WHERE key = $1', [key]);
    const entry = { id: toGlobalId('ClearinghouseEntry', row.id), version: row.version };
    await analyst.ok(
      `mutation($id: ID!, $v: Int!) { updateClearinghouseEntry(input: { id: $id, expectedVersion: $v, summary: "Updated for the CSAF feed." }) { entry { id } } }`,
      { id: entry.id, v: entry.version },
    );
    const after = await (await get(`/.well-known/csaf/white/${file}`)).json();
    expect(after.document.tracking.revision_history.length).toBe(before.document.tracking.revision_history.length + 1);
    expect(after.document.tracking.current_release_date > before.document.tracking.current_release_date).toBe(true);
    expect(after.document.tracking.version).not.toBe(before.document.tracking.version);
    const changes = (await (await get('/.well-known/csaf/white/changes.csv')).text()).split('\n')[0];
    expect(changes).toBe(`"${file}","${after.document.tracking.current_release_date}"`);
  });
});
