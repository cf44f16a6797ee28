'use strict';
// Starts amicus-ingest and amicus-query on loopback for client tests. Each
// service gets port 0 and reports the port it bound on stderr ("listening on
// HOST:PORT"). Every process started here is killed when the test exits.
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const running = new Set();
process.on('exit', () => { for (const child of running) child.kill('SIGKILL'); });

class Service {
  static start(binary, args) {
    return new Promise((resolve, reject) => {
      const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      running.add(child);
      let log = '';
      const service = new Service(child);
      child.stderr.on('data', (chunk) => {
        log += chunk;
        const match = /listening on (\S+:\d+)/.exec(log);
        if (match && !service.address) {
          service.address = match[1];
          resolve(service);
        }
      });
      child.on('exit', () => {
        running.delete(child);
        if (!service.address) reject(new Error(`${binary} did not start:\n${log}`));
      });
    });
  }

  constructor(child) {
    this.child = child;
    this.address = null;
  }

  stop(signal = 'SIGTERM') {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.once('exit', resolve);
      this.child.kill(signal);
    });
  }
}

/** amicus-ingest and amicus-query over one fresh data directory. */
class ServicePair {
  static async start(binDir) {
    const pair = new ServicePair(binDir);
    try {
      pair.ingest = await Service.start(path.join(binDir, 'amicus-ingest'), [`--db=${pair.db}`, '--listen=127.0.0.1:0']);
      pair.query = await pair.startQuery();
    } catch (error) {
      await pair.stop();
      throw error;
    }
    return pair;
  }

  constructor(binDir) {
    this.binDir = binDir;
    this.work = fs.mkdtempSync(path.join(os.tmpdir(), 'amicus-node-'));
    this.db = path.join(this.work, 'db');
    this.secondaries = 0;
  }

  startQuery(listen = '127.0.0.1:0') {
    const secondary = path.join(this.work, `secondary-${this.secondaries++}`);
    return Service.start(path.join(this.binDir, 'amicus-query'),
      [`--db=${this.db}`, `--secondary_dir=${secondary}`, `--listen=${listen}`]);
  }

  async stop() {
    await Promise.all([this.query, this.ingest].filter(Boolean).map((s) => s.stop()));
    fs.rmSync(this.work, { recursive: true, force: true });
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

/** Writes `count` distinct press releases, each with a dated threat and a
 *  quote, so streams span several server batches (the first holds 16). */
function writeCorpus(directory, count) {
  const files = [];
  for (let i = 0; i < count; i++) {
    const day = (i % 28) + 1;
    const month = MONTHS[i % 12];
    const text = `Rights groups condemn threat number ${i}\n\n`
      + `GENEVA, ${day} ${month} 2024 – The Coalition for Independent Justice (CIJ) `
      + `today condemned threats against investigator ${i} of the Regional Tribunal.\n\n`
      + `On ${day} ${month} 2023, Minister Arman Kessler threatened to revoke the visa `
      + `of investigator ${i}.\n\n`
      + `“Threat ${i} is an attack on every victim waiting for justice,” said Maria `
      + 'Okonkwo, Executive Director of the Coalition for Independent Justice.\n';
    const file = path.join(directory, `release_${String(i).padStart(3, '0')}.txt`);
    fs.writeFileSync(file, text);
    files.push(file);
  }
  return files;
}

module.exports = { ServicePair, writeCorpus };
