'use strict';
// A QueryService stream as an async iterable that can be resumed exactly.
//
// The server hands out a resume token per batch, not per record. A caller
// may stop in the middle of a batch, so a position is the token before that
// batch plus how many of its records were already delivered; resuming skips
// those.
const grpc = require('@grpc/grpc-js');

// Codes after which the same request, resumed, can succeed: the server went
// away (restart, drain) or asked the client to retry.
const RETRYABLE = new Set([grpc.status.UNAVAILABLE, grpc.status.ABORTED]);

class RecordStream {
  /**
   * @param {grpc.Client} client  stub whose channel the stream uses
   * @param {string} method       e.g. 'StreamEvents'
   * @param {object} request      filters, without resumeToken
   * @param {string} field        the batch's repeated field, e.g. 'events'
   * @param {function} convert    proto-loader message -> plain record
   * @param {{token: string, skip: number}} [resumeFrom]
   */
  constructor(client, method, request, field, convert, resumeFrom, retries = 5) {
    this._client = client;
    this._method = method;
    this._request = request;
    this._field = field;
    this._convert = convert;
    this._retries = retries;
    const start = resumeFrom || { token: '', skip: 0 };
    this._batchToken = start.token; // position after the current batch
    this._baseToken = start.token; // position before the current batch
    this._toSkip = start.skip;
    this._delivered = 0;
    this._pending = [];
    this.retried = 0; // how many times a broken stream was reopened
    this._open();
  }

  /** Where the stream stands: pass it as resumeFrom to the same query. */
  get resumePoint() {
    if (this._pending.length > 0) return { token: this._baseToken, skip: this._delivered };
    return { token: this._batchToken, skip: this._toSkip };
  }

  /** Ends the RPC; resumePoint stays valid. */
  cancel() {
    this._call.cancel();
  }

  async *[Symbol.asyncIterator]() {
    try {
      while (await this._nextBatch()) {
        while (this._pending.length > 0) {
          this._delivered += 1;
          yield this._convert(this._pending.shift());
        }
      }
    } finally {
      this.cancel(); // a consumer that breaks out leaves no RPC behind
    }
  }

  /** Reads every remaining record into an array. */
  async toArray() {
    const records = [];
    for await (const record of this) records.push(record);
    return records;
  }

  _open() {
    this._call = this._client[this._method]({ ...this._request, resumeToken: this._batchToken });
    this._responses = this._call[Symbol.asyncIterator]();
  }

  async _nextBatch() {
    const response = await this._nextResponse();
    if (response === null) return false;
    const records = response[this._field] || [];
    this._baseToken = this._batchToken;
    this._batchToken = response.resumeToken;
    const skip = Math.min(this._toSkip, records.length);
    this._toSkip -= skip;
    this._delivered = skip;
    this._pending = records.slice(skip);
    return true;
  }

  async _nextResponse() {
    for (;;) {
      try {
        const { value, done } = await this._responses.next();
        return done ? null : value;
      } catch (error) {
        if (!RETRYABLE.has(error.code) || this.retried >= this._retries) throw error;
        await this._reopen();
      }
    }
  }

  async _reopen() {
    await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** this.retried));
    this.retried += 1;
    // A failed wait is fine: the reopened call then fails with UNAVAILABLE
    // and counts as another retry.
    await new Promise((resolve) => this._client.waitForReady(Date.now() + 10000, () => resolve()));
    this._open();
  }
}

module.exports = { RecordStream, RETRYABLE };
