'use strict';
// AmicusClient: ingest files and stream records as plain objects, with the
// service definitions loaded from proto/amicus/v1 at run time.
const fs = require('fs');
const path = require('path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');
const records = require('./records');
const { RecordStream } = require('./record_stream');

const PROTO_DIR = process.env.AMICUS_PROTO_DIR || path.join(__dirname, '..', '..', 'proto');

function loadPackage(protoDir = PROTO_DIR) {
  const definition = protoLoader.loadSync(
    ['amicus/v1/ingest_service.proto', 'amicus/v1/query_service.proto'],
    { includeDirs: [protoDir], longs: Number, enums: String, defaults: true, oneofs: true });
  return grpc.loadPackageDefinition(definition).amicus.v1;
}

const EVENT_TYPE = (name) => (name ? `EVENT_TYPE_${name.toUpperCase()}` : 'EVENT_TYPE_UNSPECIFIED');
const DOCUMENT_KIND = (name) => (name ? `DOCUMENT_KIND_${name.toUpperCase()}` : 'DOCUMENT_KIND_UNSPECIFIED');

/** [2019, 3] or {year, month, day} -> a Date message; undefined stays unset. */
function toDate(value) {
  if (!value) return undefined;
  if (Array.isArray(value)) return { year: value[0] || 0, month: value[1] || 0, day: value[2] || 0 };
  return value;
}

class AmicusClient {
  /**
   * Either target may be omitted when only one side is needed. gRPC errors
   * are rejected/thrown with the server's status in `.code`.
   * @param {{ingest?: string, query?: string, protoDir?: string}} targets
   */
  constructor({ ingest, query, protoDir } = {}) {
    const v1 = loadPackage(protoDir);
    const insecure = grpc.credentials.createInsecure();
    if (ingest) this._ingest = new v1.IngestService(ingest, insecure);
    if (query) this._query = new v1.QueryService(query, insecure);
  }

  close() {
    for (const stub of [this._ingest, this._query]) if (stub) stub.close();
  }

  /** Ingests one file; the media type is sniffed from content and name if empty. */
  async ingestFile(file, mediaType = '') {
    const content = await fs.promises.readFile(file);
    return this.ingestBytes(content, path.resolve(file), mediaType);
  }

  ingestBytes(content, sourceUri, mediaType = '') {
    return new Promise((resolve, reject) => {
      this._ingest.Ingest({ sourceUri, content, mediaType }, (error, response) =>
        (error ? reject(error) : resolve(records.ingestResult(response))));
    });
  }

  /** Filters: startDate, endDate ([y, m, d] or {year, month, day}), actor,
   *  type ("threat"), documentId, textContains, minConfidence (0 to 1),
   *  follow, minLogPosition (an ingest result's logPosition); plus resumeFrom. */
  events({ startDate, endDate, type, resumeFrom, ...rest } = {}) {
    const request = { ...rest, startDate: toDate(startDate), endDate: toDate(endDate), type: EVENT_TYPE(type) };
    return this._stream('StreamEvents', request, 'events', records.event, resumeFrom);
  }

  /** Filters: speaker, organization, textContains, startDate, endDate, documentId,
   *  minConfidence, follow, minLogPosition. */
  quotes({ startDate, endDate, resumeFrom, ...rest } = {}) {
    const request = { ...rest, startDate: toDate(startDate), endDate: toDate(endDate) };
    return this._stream('StreamQuotes', request, 'quotes', records.quote, resumeFrom);
  }

  /** Filters: organization, documentId, minConfidence (sets, and their
   *  signatories, at least this sure), follow, minLogPosition. */
  signatorySets({ resumeFrom, ...request } = {}) {
    return this._stream('StreamSignatorySets', request, 'signatorySets', records.signatorySet, resumeFrom);
  }

  /** Documents in ingest order, without their text. Filters: kind
   *  ("joint_letter"), textContains (whole words of the title or text, all of
   *  them; a quoted phrase in that order), follow, minLogPosition. */
  documents({ kind, resumeFrom, ...rest } = {}) {
    const request = { ...rest, kind: DOCUMENT_KIND(kind), omitText: true };
    return this._stream('ListDocuments', request, 'documents', records.document, resumeFrom);
  }

  _stream(method, request, field, convert, resumeFrom) {
    return new RecordStream(this._query, method, request, field, convert, resumeFrom);
  }
}

module.exports = { AmicusClient, RecordStream, formatDate: records.formatDate, loadPackage };
