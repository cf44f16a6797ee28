'use strict';
// The Node client (clients/node) against the real amicus-ingest and
// amicus-query. Usage: node --test node_client_test.js, with AMICUS_BIN_DIR
// and AMICUS_EXAMPLES set (see CMakeLists.txt); run through with_npm.sh.
const assert = require('node:assert/strict');
const { execFile } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { after, before, test } = require('node:test');
const { promisify } = require('node:util');
const { ServicePair, writeCorpus } = require('./services');

const ROOT = path.resolve(__dirname, '..', '..');
const { AmicusClient, formatDate } = require(path.join(ROOT, 'clients', 'node', 'amicus_client'));
const CORPUS_SIZE = 40;
const KINDS = { eventCount: 'events', quoteCount: 'quotes', signatorySetCount: 'signatorySets' };

let pair;
let client;
let corpusDir;
const results = new Map();

before(async () => {
  pair = await ServicePair.start(process.env.AMICUS_BIN_DIR);
  client = new AmicusClient({ ingest: pair.ingest.address, query: pair.query.address });
  corpusDir = fs.mkdtempSync(path.join(os.tmpdir(), 'amicus-corpus-'));
  const examples = process.env.AMICUS_EXAMPLES;
  const files = fs.readdirSync(examples).sort().map((f) => path.join(examples, f))
    .concat(writeCorpus(corpusDir, CORPUS_SIZE));
  for (const file of files) results.set(file, await client.ingestFile(file));
  // The query side is a RocksDB secondary: it catches up within a second.
  for (let i = 0; i < 200; i++) {
    if ((await client.documents().toArray()).length >= files.length) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`query service never showed ${files.length} documents`);
});

after(async () => {
  if (client) client.close();
  if (pair) await pair.stop();
  if (corpusDir) fs.rmSync(corpusDir, { recursive: true, force: true });
});

/** Record ids the ingest results promise, e.g. "<doc>/events/1". */
function expected(counter) {
  const ids = new Set();
  for (const result of results.values()) {
    for (let n = 1; n <= result[counter]; n++) ids.add(`${result.documentId}/${KINDS[counter]}/${n}`);
  }
  return ids;
}

const ids = (records) => records.map((r) => r.id);

test('ingest reports new, then existing for the same text', async () => {
  assert.ok([...results.values()].every((r) => r.created));
  const [file, first] = results.entries().next().value;
  const again = await client.ingestFile(file);
  assert.equal(again.created, false);
  assert.equal(again.documentId, first.documentId);
});

test('ingest rejects an empty document with INVALID_ARGUMENT', async () => {
  await assert.rejects(client.ingestBytes(Buffer.alloc(0), 'empty.txt'), { code: 3 });
});

test('events stream every ingested event as plain objects', async () => {
  const events = await client.events().toArray();
  assert.deepEqual(new Set(ids(events)), expected('eventCount'));
  assert.ok(events.length > 16, 'corpus must span several batches');
  const seventh = events.filter((e) => e.evidence.text.includes('investigator 7.'));
  assert.equal(seventh.length, 1);
  assert.equal(formatDate(seventh[0].date), '2023-08-08');
  assert.equal(seventh[0].actors[0].name, 'Arman Kessler');
});

test('event date filters reach the server', async () => {
  const events = await client.events({ startDate: [2023, 8], endDate: [2023, 8] }).toArray();
  assert.ok(events.length > 0);
  assert.ok(events.every((e) => e.date.year === 2023 && e.date.month === 8));
});

test('document filters reach the server', async () => {
  const [, seventh] = [...results.entries()].find(([file]) => file.endsWith('release_007.txt'));
  const found = await client.documents({ textContains: '"number 7"' }).toArray();
  assert.deepEqual(ids(found), [seventh.documentId]);
  const letters = await client.documents({ kind: 'joint_letter' }).toArray();
  assert.ok(letters.length > 0);
  assert.ok(letters.every((d) => d.kind === 'joint_letter'));
  assert.ok(letters.length < (await client.documents().toArray()).length);
});

test('read your writes with the ingest log position', async () => {
  const late = await client.ingestBytes(Buffer.from(
    'Statement on hearing 902\n\nOn 3 May 2024, police arrested lawyer Odile Marrak in the capital.'),
  'position.txt');
  results.set('position.txt', late); // other tests expect its records too
  assert.ok(late.logPosition > 0);
  const found = await client.events({ textContains: 'Marrak', minLogPosition: late.logPosition }).toArray();
  assert.deepEqual(new Set(found.map((e) => e.documentId)), new Set([late.documentId]));
});

test('quotes carry speaker and organization', async () => {
  const quotes = await client.quotes({ speaker: 'Okonkwo' }).toArray();
  assert.ok(quotes.length >= CORPUS_SIZE);
  const promised = expected('quoteCount');
  assert.ok(quotes.every((q) => promised.has(q.id)));
  assert.equal(quotes[0].speaker.name, 'Maria Okonkwo');
  assert.equal(quotes[0].speaker.organization.name, 'Coalition for Independent Justice');
});

test('signatory sets of the joint letter name their countries', async () => {
  const sets = await client.signatorySets().toArray();
  assert.deepEqual(new Set(ids(sets)), expected('signatorySetCount'));
  assert.ok(sets.some((s) => s.signatories.some((x) => x.country === 'Kenya')));
});

test('a cancelled stream resumes from its point with no gaps or repeats', async () => {
  const everything = ids(await client.events().toArray());
  for (const stopAfter of [5, 16, 23]) { // inside, at the end of, past a batch
    const stream = client.events();
    const first = [];
    for await (const event of stream) {
      first.push(event.id);
      if (first.length === stopAfter) break; // cancels the RPC
    }
    const rest = ids(await client.events({ resumeFrom: stream.resumePoint }).toArray());
    assert.deepEqual(first.concat(rest), everything, `stopped after ${stopAfter}`);
  }
});

test('a follow stream survives a query service restart', async () => {
  const stored = (await client.documents().toArray()).length;
  const stream = client.documents({ follow: true });
  const iterator = stream[Symbol.asyncIterator]();
  const seen = [];
  while (seen.length < stored) seen.push((await iterator.next()).value.id);
  const port = pair.query.address;
  await pair.query.stop('SIGKILL');
  pair.query = await pair.startQuery(port);
  const late = await client.ingestBytes(
    Buffer.from('Late statement\n\nOn 1 May 2024, a tribunal opened an investigation.'), 'late.txt');
  results.set('late.txt', late); // other tests expect its records too
  const afterRestart = (await iterator.next()).value;
  await iterator.return();
  assert.ok(stream.retried >= 1);
  assert.equal(afterRestart.id, late.documentId);
  assert.ok(!seen.includes(afterRestart.id));
});

test('the example script prints records', async () => {
  const letter = path.join(process.env.AMICUS_EXAMPLES, 'joint_letter_tribunal.txt');
  const { stdout } = await promisify(execFile)(process.execPath, [
    path.join(ROOT, 'clients', 'node', 'example.js'),
    `--ingest=${pair.ingest.address}`, `--query=${pair.query.address}`, letter]);
  assert.match(stdout, new RegExp(`existing ${letter}`));
  assert.match(stdout, /^event /m);
  assert.match(stdout, /Association of Lawyers for Human Rights/);
});
