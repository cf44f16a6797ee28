'use strict';
// The public .proto files load with @grpc/proto-loader, as the Node client
// and other Node users load them, and every service and rpc comes through.
// Usage: node proto_loads_in_node.js PROTO_DIR NODE_PACKAGE_DIR
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { createRequire } = require('node:module');

const [protoDir, packageDir] = process.argv.slice(2).map((p) => path.resolve(p));
const protoLoader = createRequire(path.join(packageDir, 'package.json'))('@grpc/proto-loader');
const files = fs.readdirSync(path.join(protoDir, 'amicus', 'v1'))
  .filter((f) => f.endsWith('.proto')).map((f) => `amicus/v1/${f}`);
const definition = protoLoader.loadSync(files, { includeDirs: [protoDir] });

const source = files.map((f) => fs.readFileSync(path.join(protoDir, f), 'utf8')).join('\n');
for (const [, service, body] of source.matchAll(/service (\w+) \{([\s\S]*?)\n\}/g)) {
  const loaded = definition[`amicus.v1.${service}`];
  assert.ok(loaded, `service ${service} did not load`);
  for (const [, rpc] of body.matchAll(/rpc (\w+)\(/g)) {
    assert.ok(loaded[rpc], `rpc ${service}.${rpc} did not load`);
  }
}
for (const [, message] of source.matchAll(/^message (\w+) \{/gm)) {
  assert.ok(definition[`amicus.v1.${message}`], `message ${message} did not load`);
}
console.log(`proto_loads_in_node: ${files.length} files, ${Object.keys(definition).length} types: ok`);
