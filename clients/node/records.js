'use strict';
// Plain objects for the records amicus streams, built from proto-loader
// messages: enums become lower-case names without their prefix ("threat"),
// dates {year, month, day} with 0 for an unknown part.

function enumName(value, prefix) {
  if (typeof value !== 'string') return String(value); // from a newer server
  return value.startsWith(prefix) ? value.slice(prefix.length).toLowerCase() : value.toLowerCase();
}

function date(message) {
  const d = message || {};
  return { year: d.year || 0, month: d.month || 0, day: d.day || 0 };
}

/** "2019-03-15", "2019-03", "2019" or "undated". */
function formatDate({ year, month, day }) {
  if (!year) return 'undated';
  const pad = (n) => String(n).padStart(2, '0');
  return [String(year).padStart(4, '0'), month && pad(month), month && day && pad(day)]
    .filter(Boolean).join('-');
}

function span(message) {
  const s = message || {};
  return { startOffset: Number(s.startOffset || 0), endOffset: Number(s.endOffset || 0), text: s.text || '' };
}

function organization(message) {
  return message ? { name: message.name, acronym: message.acronym, country: message.country } : null;
}

function person(message) {
  const p = message || {};
  return { name: p.name || '', role: p.role || '', organization: organization(p.organization) };
}

function event(m) {
  return {
    id: m.id, documentId: m.documentId, date: date(m.date),
    datePrecision: enumName(m.datePrecision, 'DATE_PRECISION_'),
    type: enumName(m.type, 'EVENT_TYPE_'), summary: m.summary,
    evidence: span(m.evidence), actors: (m.actors || []).map(person),
    confidence: m.confidence || 0,
  };
}

function quote(m) {
  return {
    id: m.id, documentId: m.documentId, text: m.text, speaker: person(m.speaker),
    cue: m.cue, evidence: span(m.evidence), date: date(m.date),
    confidence: m.confidence || 0,
  };
}

function signatorySet(m) {
  return {
    id: m.id, documentId: m.documentId, addressee: m.addressee, date: date(m.date),
    evidence: span(m.evidence),
    signatories: (m.signatories || []).map((s) => ({
      name: s.name, acronym: s.acronym, country: s.country, confidence: s.confidence || 0,
    })),
    confidence: m.confidence || 0,
  };
}

function document(m) {
  return {
    id: m.id, sourceUri: m.sourceUri, title: m.title, kind: enumName(m.kind, 'DOCUMENT_KIND_'),
    date: date(m.date), mediaType: m.mediaType, eventCount: m.eventCount,
    quoteCount: m.quoteCount, signatorySetCount: m.signatorySetCount,
  };
}

function ingestResult(m) {
  return {
    documentId: m.documentId, created: m.created, eventCount: m.eventCount,
    quoteCount: m.quoteCount, signatorySetCount: m.signatorySetCount, warnings: m.warnings || [],
    logPosition: m.logPosition,
  };
}

module.exports = { formatDate, event, quote, signatorySet, document, ingestResult };
