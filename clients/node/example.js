#!/usr/bin/env node
'use strict';
// Ingests files, then prints the events, quotes and signatory sets amicus
// extracted from them.
//   cd clients/node && npm ci
//   node example.js --ingest=127.0.0.1:50051 --query=127.0.0.1:50052 ../../examples/*.txt
const { AmicusClient, formatDate } = require('./amicus_client');

function parseArgs(argv) {
  const options = { ingest: '127.0.0.1:50051', query: '127.0.0.1:50052', files: [] };
  for (const arg of argv) {
    const match = /^--(ingest|query)=(.*)$/.exec(arg);
    if (match) options[match[1]] = match[2];
    else options.files.push(arg);
  }
  return options;
}

async function main() {
  const { ingest, query, files } = parseArgs(process.argv.slice(2));
  const client = new AmicusClient({ ingest, query });
  try {
    for (const file of files) {
      const result = await client.ingestFile(file);
      console.log(`${result.documentId.slice(0, 12)} ${result.created ? 'new' : 'existing'} ${file}`);
    }
    // The query side catches up with the writer within a second.
    await new Promise((resolve) => setTimeout(resolve, 500));
    for await (const event of client.events()) {
      const actors = event.actors.map((a) => a.name).join(', ') || '(no actor)';
      console.log(`event  ${formatDate(event.date)}  ${event.type.padEnd(18)} ${actors}: ${event.summary}`);
    }
    for await (const quote of client.quotes()) {
      console.log(`quote  ${formatDate(quote.date)}  ${quote.speaker.name}: \u201c${quote.text}\u201d`);
    }
    for await (const set of client.signatorySets()) {
      console.log(`signed ${formatDate(set.date)}  ${set.signatories.length}: ${set.signatories.map((s) => s.name).join('; ')}`);
    }
  } finally {
    client.close();
  }
}

main().catch((error) => {
  console.error(`example: ${error.message}`);
  process.exit(1);
});
