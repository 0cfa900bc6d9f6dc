import type { Analyzer } from './types.js';
import { defineRules } from './types.js';
import type { ScanFile } from '../types.js';
import { parseRiff, type RiffChunk } from '../formats/riff.js';
import { findTrailingTags, isId3v2At, parseId3v2, id3TagAsTrailing, trimTrailingNul, type TrailingTag } from '../formats/id3.js';
import { AudioInspector } from './audio-common.js';
import { looksText } from '../formats/magic.js';
import { defang } from '../decode/index.js';

/* =====================================================================================================================
 * RIFF / WAV (and AIFF) analyzer
 * ===================================================================================================================*/

const RULES = defineRules({
  trailing: {
    id: 'audio.riff.trailing-data',
    category: 'structure',
    weight: 3,
    description: 'Bytes after the end of the RIFF/FORM container that no tag explains.',
  },
  sizes: {
    id: 'audio.riff.size-mismatch',
    category: 'structure',
    weight: 2,
    description: 'Declared container or chunk sizes that do not match the bytes present (sizes that lie).',
  },
  malformed: {
    id: 'audio.riff.malformed',
    category: 'structure',
    weight: 1.5,
    description: 'Chunk walk problems: no fmt/data chunk, unparseable bytes inside the container, too many chunks.',
  },
  oddChunk: {
    id: 'audio.riff.odd-chunk',
    category: 'structure',
    weight: 2.5,
    description: 'An unknown or oversized chunk, or a padding chunk that is not padding, carrying data.',
  },
  text: {
    id: 'audio.riff.suspicious-text',
    category: 'strings',
    weight: 3,
    description: 'Code, shell commands, encoded blobs or suspicious URLs in WAV/AIFF metadata or chunks.',
  },
  samplesText: {
    id: 'audio.riff.text-samples',
    category: 'strings',
    weight: 3,
    description: 'The sample data chunk is printable text (e.g. base64) instead of audio.',
  },
  picture: {
    id: 'audio.riff.bad-picture',
    category: 'structure',
    weight: 3,
    description: 'A picture in an embedded ID3 tag that is not an image.',
  },
  payload: {
    id: 'audio.riff.hidden-payload',
    category: 'payload',
    weight: 9,
    description: 'A chunk, trailing data or other non-audio region decodes to an executable or code.',
  },
});

/** Chunks real writers emit. Anything else is "unknown" (still normal when small). */
const KNOWN_WAV = new Set([
  'fmt ', 'data', 'fact', 'LIST', 'JUNK', 'junk', 'PAD ', 'FLLR', 'bext', 'cue ', 'smpl', 'inst', 'PEAK', 'id3 ', 'ID3 ', 'iXML',
  'axml', 'acid', 'DISP', 'labl', 'ltxt', 'note', 'plst', 'cart', 'ds64', 'minf', 'elm1', 'regn', 'umid', 'afsp', 'levl', 'link',
  'MD5 ', 'olym', 'SyLp', 'wavl', 'slnt', 'tlst', 'chna', 'dbmd', 'aXML', 'mext', 'ResU', 'ovwf', 'strc', 'cdif', 'IDIT', 'Fake',
  'bxml', 'sxml', 'fxml', 'afmt', 'CSET', 'SNDM', 'LGWV', 'trkn', 'ISFT', 'INFO', '_PMX',
]);
const KNOWN_AIFF = new Set(['COMM', 'SSND', 'FVER', 'MARK', 'INST', 'COMT', 'NAME', 'AUTH', '(c) ', 'ANNO', 'APPL', 'ID3 ', 'id3 ', 'AESD', 'MIDI', 'CHAN', 'basc', 'trns', 'cate', 'FLLR', 'PAD ', 'JUNK']);
/** Chunks whose payload is text for people. */
/** `_PMX` is where Adobe tools put XMP in RIFF files. */
const TEXT_CHUNKS = new Set(['NAME', 'AUTH', '(c) ', 'ANNO', 'labl', 'note', 'ltxt', 'iXML', 'axml', 'aXML', 'DISP', 'cart', 'bext', '_PMX']);
/** Chunks that only pad; their content should be zeros. */
const PADDING_CHUNKS = new Set(['JUNK', 'junk', 'PAD ', 'FLLR', 'Fake']);
/** Size above which a known metadata chunk is oversized (sample-sized chunks excluded). */
const OVERSIZED = 256 * 1024;
/** Size above which an unknown chunk is worth a structure finding. */
const UNKNOWN_LARGE = 16 * 1024;
/** Known binary chunks (fmt, fact, cue, smpl, PEAK, ...) are tens of bytes; from this size their bytes are inspected. */
const KNOWN_INSPECT = 64;

const TEXT_DEC = new TextDecoder('utf-8');

function chunkText(b: Uint8Array): string {
  return trimTrailingNul(TEXT_DEC.decode(b.subarray(0, 1 << 20))).replace(/\0/g, ' ');
}

export const riffAnalyzer: Analyzer = {
  name: 'riff',
  description: 'WAV/RF64/AIFF chunk walk: trailing data, lying sizes, odd chunks, metadata text and hidden payloads',
  rules: Object.values(RULES),
  applies: (f: ScanFile) => f.type.format === 'wav' || f.type.format === 'aiff',
  analyze(file, ctx) {
    const d = file.data;
    const p = parseRiff(d);
    const insp = new AudioInspector(ctx, { text: RULES.text, payload: RULES.payload, picture: RULES.picture });
    const aiff = p.container === 'FORM';
    const known = aiff ? KNOWN_AIFF : KNOWN_WAV;
    const dataId = aiff ? 'SSND' : 'data';

    // ---- sizes that lie
    const sizeIssues = p.anomalies.filter((a) => a.code === 'riff-size-past-end' || a.code === 'chunk-past-end' || a.code === 'chunk-size-ff');
    if (sizeIssues.length) {
      // a truncated file whose last chunk is the sample data is a common accident: weaker than a lie mid-file
      const dataAt = new Set(p.chunks.filter((c) => c.id === dataId).map((c) => c.offset));
      const onlyTruncatedData = sizeIssues.every((a) => a.code === 'riff-size-past-end' || (a.code === 'chunk-past-end' && dataAt.has(a.offset)));
      insp.report(RULES.sizes, {
        message: sizeIssues.map((a) => a.message).slice(0, 4).join('; '),
        strength: onlyTruncatedData ? 0.5 : 1,
        offset: sizeIssues[0].offset,
        evidence: { issues: sizeIssues.slice(0, 16).map((a) => ({ code: a.code, offset: a.offset, message: a.message })), declaredSize: p.declaredSize, fileSize: d.length },
      });
    }

    // ---- walk problems
    const walkIssues = p.anomalies.filter((a) => ['missing-fmt', 'missing-data', 'bad-fmt', 'chunk-limit', 'bad-chunk-id', 'list-overrun', 'duplicate-chunk', 'bad-ds64'].includes(a.code));
    if (walkIssues.length) {
      insp.report(RULES.malformed, {
        message: walkIssues.map((a) => a.message).slice(0, 4).join('; '),
        strength: walkIssues.some((a) => a.code === 'bad-chunk-id' || a.code === 'chunk-limit') ? 1 : 0.6,
        offset: walkIssues[0].offset,
        evidence: { issues: walkIssues.slice(0, 16).map((a) => ({ code: a.code, offset: a.offset, message: a.message })) },
      });
    }
    if (p.unparsed) insp.region(d.subarray(p.unparsed.offset, p.unparsed.offset + p.unparsed.length), 'unparsed bytes inside the container', p.unparsed.offset);

    // ---- chunks
    for (const ch of p.chunks) {
      if (ch.listType !== undefined && ch.parent === undefined) continue; // sub-chunks are visited themselves
      const body = d.subarray(ch.dataOffset, ch.dataOffset + ch.size);
      if (ch.id === dataId && ch.parent === undefined) {
        checkSamples(body, ch, insp);
        continue;
      }
      checkChunk(body, ch, known, insp);
    }
    // a LIST whose sub-chunks did not cover it
    for (const a of p.anomalies.filter((x) => x.code === 'list-overrun')) {
      insp.region(d.subarray(a.offset, a.offset + (a.length ?? 0)), 'bytes inside a LIST chunk not covered by sub-chunks', a.offset);
    }

    // ---- after the container
    if (p.trailing) {
      const tail = d.subarray(p.trailing.offset);
      // taggers append ID3v2/ID3v1/APE tags to WAV files; those are tags, not hidden data
      let start = 0;
      const tags: TrailingTag[] = [];
      if (isId3v2At(tail, 0)) {
        const t = parseId3v2(tail, 0);
        if (t) { tags.push(id3TagAsTrailing(t)); start = t.length; }
      }
      const ft = findTrailingTags(tail, tail.length);
      let end = Math.max(start, ft.audioEnd);
      tags.push(...ft.tags);
      insp.endTags(tags, 'trailing', p.trailing.offset);
      // zero fill after the container (block-aligned writers) is not data
      while (end > start && tail[end - 1] === 0) end--;
      const rest = tail.subarray(start, end);
      if (rest.length > 0) {
        const off = p.trailing.offset + start;
        const rv = insp.region(rest, 'data after the RIFF container', off);
        if (rv.text) insp.text(TEXT_DEC.decode(rest.subarray(0, 1 << 20)), 'text after the RIFF container', off, { urlsNormal: false });
        // a few stray bytes are sloppy writers; kilobytes of content, or recognisable content, are hidden data
        const strength = rv.danger >= 0.5 || rv.text || rv.magic ? 1 : rest.length >= 1024 ? 1 : rest.length >= 64 ? 0.6 : 0.3;
        insp.report(RULES.trailing, {
          message: `${rest.length} bytes after the end of the ${p.container} container (${rv.summary})`,
          strength,
          offset: off,
          length: rest.length,
          evidence: { bytes: rest.length, containerEnd: p.end, fileSize: d.length, content: rv.summary, head: defang(rest.subarray(0, 48), 96) },
        });
      }
    }
    insp.finish('riff');
  },
};

/** The sample data should be audio: printable text (e.g. base64 lines) in its place is a payload carrier. */
function checkSamples(body: Uint8Array, ch: RiffChunk, insp: AudioInspector): void {
  if (body.length < 64) return;
  const head = body.subarray(0, 65536);
  if (!looksText(head)) return;
  const s = TEXT_DEC.decode(body.subarray(0, 1 << 20));
  insp.report(RULES.samplesText, {
    message: `'${ch.id}' chunk of ${body.length} bytes is printable text, not audio`,
    strength: 1,
    offset: ch.dataOffset,
    length: body.length,
    evidence: { bytes: body.length, head: defang(head.subarray(0, 64), 120) },
  });
  insp.region(body, `text in the '${ch.id}' chunk`, ch.dataOffset);
  insp.text(s, `text in the '${ch.id}' chunk`, ch.dataOffset, { urlsNormal: false });
}

function checkChunk(body: Uint8Array, ch: RiffChunk, known: Set<string>, insp: AudioInspector): void {
  const where = ch.parent ? `LIST/${ch.parent} '${printable(ch.id)}'` : `'${printable(ch.id)}' chunk`;
  if (ch.id === 'id3 ' || ch.id === 'ID3 ') {
    const t = parseId3v2(body, 0);
    if (t) {
      insp.id3Tag(t, `${where} ID3v2`, ch.dataOffset);
      // the chunk may be longer than the tag it holds: those bytes belong to no frame
      const after = body.subarray(t.length);
      if (after.length > 0 && !allZeroOrSpace(after)) insp.region(after, `${where} bytes after the ID3v2 tag`, ch.dataOffset + t.length);
      return;
    }
  }
  const isText = ch.parent === 'INFO' || ch.parent === 'adtl' || TEXT_CHUNKS.has(ch.id);
  if (isText) {
    // XML chunks carry namespace URLs; INFO comments carry homepage links: plain URLs are normal there
    insp.text(chunkText(body), where, ch.dataOffset, { urlsNormal: true });
    // long values, and binary bytes where text belongs, go to the decoder too
    if (body.length > 4096 || (body.length >= KNOWN_INSPECT && !looksText(body))) insp.region(body, where, ch.dataOffset);
    if (body.length > OVERSIZED) oddChunk(ch, body, where, 'oversized text chunk', insp, 0.6);
    return;
  }
  if (body.length === 0) return;
  if (PADDING_CHUNKS.has(ch.id)) {
    if (allZeroOrSpace(body)) return;
    const rv = insp.region(body, where, ch.dataOffset);
    if (rv.text) insp.text(chunkText(body), where, ch.dataOffset, { urlsNormal: false });
    // padding that is not padding: a handful of bytes is a sloppy writer, more is content
    if (body.length >= 16) oddChunk(ch, body, where, `padding chunk holds ${rv.summary}`, insp, body.length >= 256 || rv.text ? 1 : 0.5);
    return;
  }
  const unknown = !known.has(ch.id) && !(ch.parent && /^I[A-Z0-9]{3}$/.test(ch.id));
  const large = unknown ? body.length >= UNKNOWN_LARGE : body.length >= OVERSIZED && ch.id !== 'wavl' && ch.id !== 'LIST';
  // small known binary chunks (fmt, fact, cue, smpl, PEAK, ...) are what writers emit: inspect only larger ones
  if (!unknown && !large && body.length < KNOWN_INSPECT) return;
  const rv = insp.region(body, where, ch.dataOffset);
  if (rv.text && (unknown || large)) insp.text(chunkText(body), where, ch.dataOffset, { urlsNormal: false });
  if (unknown && (large || rv.text || rv.magic || rv.danger >= 0.4)) {
    const strength = rv.danger >= 0.5 || rv.magic ? 1 : large && rv.text ? 1 : rv.text ? 0.6 : 0.8;
    oddChunk(ch, body, where, `unknown chunk holds ${rv.summary}`, insp, strength);
  } else if (large) {
    oddChunk(ch, body, where, `oversized chunk holds ${rv.summary}`, insp, rv.fill ? 0.2 : 0.8);
  }
}

function oddChunk(ch: RiffChunk, body: Uint8Array, where: string, what: string, insp: AudioInspector, strength: number): void {
  insp.report(RULES.oddChunk, {
    message: `${where} (${body.length} bytes): ${what}`,
    strength,
    offset: ch.offset,
    length: body.length + 8,
    evidence: { chunk: printable(ch.id), parent: ch.parent ?? null, bytes: body.length, head: defang(body.subarray(0, 48), 96) },
  });
}

function allZeroOrSpace(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] !== 0 && b[i] !== 0x20) return false;
  return true;
}

function printable(s: string): string {
  return s.replace(/[^\x20-\x7e]/g, '?');
}
