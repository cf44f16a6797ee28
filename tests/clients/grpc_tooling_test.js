'use strict';
// Standard third-party gRPC clients against the real services: npm's
// grpc-js-reflection-client lists services and resolves schemas through
// server reflection (no .proto files), then calls a stream with them; the
// official grpc-health-check client does Check and Watch. Usage: node
// --test grpc_tooling_test.js with AMICUS_BIN_DIR, AMICUS_EXAMPLES and
// AMICUS_NODE_CLIENT_DIR (whose node_modules holds the tools).
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { createRequire } = require('node:module');
const { after, before, test } = require('node:test');
const { ServicePair } = require('./services');

const tools = createRequire(path.resolve(process.env.AMICUS_NODE_CLIENT_DIR, 'package.json'));
const grpc = tools('@grpc/grpc-js');
const { GrpcReflection } = tools('grpc-js-reflection-client');
const health = tools('grpc-health-check');

const insecure = () => grpc.credentials.createInsecure();
// Field names as the .proto spells them, which is all reflection knows.
const LOADER = { keepCase: true, enums: String, longs: String, defaults: true };
let pair;

before(async () => { pair = await ServicePair.start(process.env.AMICUS_BIN_DIR); });
after(async () => { if (pair) await pair.stop(); });

/** A client for `service` ("amicus.v1.QueryService") built from reflection alone. */
async function reflectedClient(address, service) {
  const descriptor = await new GrpcReflection(address, insecure()).getDescriptorBySymbol(service);
  const Client = service.split('.').reduce((o, name) => o[name], descriptor.getPackageObject(LOADER));
  return new Client(address, insecure());
}

const call = (client, method, request) => new Promise((resolve, reject) => {
  client[method](request, (error, response) => (error ? reject(error) : resolve(response)));
});

test('reflection lists each server\'s services', async () => {
  const expected = {
    [pair.ingest.address]: 'amicus.v1.IngestService',
    [pair.query.address]: 'amicus.v1.QueryService',
  };
  for (const [address, service] of Object.entries(expected)) {
    const services = await new GrpcReflection(address, insecure()).listServices();
    assert.ok(services.includes(service), `${address}: ${services}`);
    assert.ok(services.includes('grpc.health.v1.Health'), `${address}: ${services}`);
  }
});

test('reflection describes the methods of QueryService', async () => {
  const methods = await new GrpcReflection(pair.query.address, insecure())
    .listMethods('amicus.v1.QueryService');
  const names = methods.map((m) => m.name);
  for (const name of ['StreamEvents', 'StreamQuotes', 'StreamSignatorySets', 'ListDocuments']) {
    assert.ok(names.includes(name), names.join(','));
  }
});

test('schemas from reflection ingest a document and stream it back', async () => {
  const ingest = await reflectedClient(pair.ingest.address, 'amicus.v1.IngestService');
  const query = await reflectedClient(pair.query.address, 'amicus.v1.QueryService');
  const letter = path.join(process.env.AMICUS_EXAMPLES, 'joint_letter_tribunal.txt');
  const result = await call(ingest, 'Ingest', { source_uri: letter, content: fs.readFileSync(letter) });
  assert.equal(result.signatory_set_count, 1);
  let sets = [];
  for (let i = 0; i < 100 && sets.length === 0; i++) { // the secondary catches up
    await new Promise((resolve) => setTimeout(resolve, 50));
    sets = [];
    for await (const batch of query.StreamSignatorySets({ document_id: result.document_id })) {
      sets.push(...batch.signatory_sets);
    }
  }
  assert.equal(sets.length, 1);
  assert.ok(sets[0].signatories.some((s) => s.country === 'Kenya'));
  ingest.close();
  query.close();
});

test('health Check reports each service SERVING and unknown ones NOT_FOUND', async () => {
  const Health = grpc.makeGenericClientConstructor(health.service, 'Health');
  const client = new Health(pair.query.address, insecure());
  for (const service of ['', 'amicus.v1.QueryService']) {
    assert.equal((await call(client, 'check', { service })).status, 'SERVING', service);
  }
  await assert.rejects(call(client, 'check', { service: 'no.such.Service' }),
    { code: grpc.status.NOT_FOUND });
  client.close();
});

test('health Watch turns NOT_SERVING when the service drains on SIGTERM', async () => {
  const Health = grpc.makeGenericClientConstructor(health.service, 'Health');
  const client = new Health(pair.ingest.address, insecure());
  const watch = client.watch({ service: 'amicus.v1.IngestService' });
  const statuses = watch[Symbol.asyncIterator]();
  assert.equal((await statuses.next()).value.status, 'SERVING');
  const stopped = pair.ingest.stop('SIGTERM');
  assert.equal((await statuses.next()).value.status, 'NOT_SERVING');
  watch.cancel();
  await stopped;
  client.close();
});
