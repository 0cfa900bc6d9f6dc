import type { Analyzer } from './types.js';
import { defineRules } from './types.js';
import type { ScanFile } from '../types.js';
import { defang } from '../decode/index.js';
import { parseMp3 } from '../formats/mp3.js';
import type { Id3v2Tag } from '../formats/id3.js';
import { AudioInspector, allSame, type RegionVerdict } from './audio-common.js';

const RULES = defineRules({
  unframed: {
    id: 'audio.mp3.unframed-data',
    category: 'structure',
    weight: 3,
    description: 'Bytes that no MPEG frame or tag covers: between frames, before the first or after the last frame.',
  },
  noFrames: {
    id: 'audio.mp3.no-frames',
    category: 'structure',
    weight: 2,
    description: 'A file that starts with an ID3v2 tag but holds no MPEG audio frames after it.',
  },
  id3Malformed: {
    id: 'audio.mp3.id3-malformed',
    category: 'structure',
    weight: 1.5,
    description: 'An ID3v2 tag whose sizes lie, whose frame headers are garbage, or whose frames do not decode.',
  },
  oddFrame: {
    id: 'audio.mp3.id3-odd-frame',
    category: 'structure',
    weight: 2,
    description: 'An ID3v2 frame with an unknown id carrying data, an oversized frame, an encrypted frame, or padding that is not zeros.',
  },
  picture: {
    id: 'audio.mp3.bad-picture',
    category: 'structure',
    weight: 3,
    description: 'An attached picture (APIC/PIC, APE cover art) whose bytes are not an image.',
  },
  text: {
    id: 'audio.mp3.suspicious-text',
    category: 'strings',
    weight: 3,
    description: 'Code, shell commands, encoded blobs or suspicious URLs in ID3v2/ID3v1/APE/Lyrics3 text.',
  },
  payload: {
    id: 'audio.mp3.hidden-payload',
    category: 'payload',
    weight: 9,
    description: 'An ID3 frame, tag item or unframed region decodes to an executable or code.',
  },
});

/** ID3v2.3/2.4 frame ids from the specifications and common extensions (T*** and W*** are all text/URL frames). */
const KNOWN_V3 = new Set(
  'AENC APIC ASPI CHAP COMM COMR CTOC ENCR EQU2 EQUA ETCO GEOB GRID GRP1 IPLS LINK MCDI MLLT MVIN MVNM NCON OWNE PCNT PCST POPM POSS PRIV RBUF RGAD RVA2 RVAD RVRB SEEK SIGN SYLT SYTC UFID USER USLT XRVA'.split(' '),
);
const KNOWN_V2 = new Set('BUF CNT COM CRA CRM EQU ETC GEO IPL LNK MCI MLL PIC POP REV RVA SLT STC UFI ULT'.split(' '));
/** Frames that legitimately carry large binary data. */
const BIG_FRAMES = new Set(['APIC', 'PIC', 'GEOB', 'GEO', 'SYLT', 'SLT', 'MCDI', 'MCI', 'MLLT', 'MLL', 'CHAP', 'CTOC', 'SEEK', 'ASPI']);
const ODD_UNKNOWN_MIN = 1024;
const OVERSIZED_FRAME = 256 * 1024;

/** Checks on one ID3v2 tag shared with other containers that embed ID3v2 (WAV id3 chunk, FLAC with ID3 in front). */
function checkId3v2(t: Id3v2Tag, insp: AudioInspector, label: string, overrunExplained = false): void {
  // A tag size miscounted short, whose last frame ends exactly where the audio starts, is a writer bug that leaves
  // no room for data: not worth a finding.
  const bad = t.anomalies.filter((a) => a.code !== 'padding-not-zero' && a.code !== 'frame-limit' && !(overrunExplained && a.code === 'frame-past-end'));
  if (bad.length) {
    insp.report(RULES.id3Malformed, {
      message: `${label}: ${bad.map((a) => a.message).slice(0, 3).join('; ')}`,
      strength: bad.some((a) => a.code === 'bad-frame-id' || a.code === 'inflate-failed') ? 1 : 0.6,
      offset: bad[0].offset,
      evidence: { version: `2.${t.major}`, issues: bad.slice(0, 16).map((a) => ({ code: a.code, offset: a.offset, message: a.message })) },
    });
  }
  insp.id3Tag(t, label);
  for (const fr of t.frames) {
    const unknown = t.major === 2 ? !KNOWN_V2.has(fr.id) && fr.id[0] !== 'T' && fr.id[0] !== 'W' : !KNOWN_V3.has(fr.id) && fr.id[0] !== 'T' && fr.id[0] !== 'W';
    let why = '';
    let strength = 0;
    if (fr.encrypted && fr.data.length >= 64) { why = 'encrypted frame'; strength = 0.6; }
    if (unknown && fr.data.length >= ODD_UNKNOWN_MIN) { why = `unknown frame id with ${fr.data.length} bytes`; strength = 0.7; }
    if (!BIG_FRAMES.has(fr.id) && fr.data.length >= OVERSIZED_FRAME) { why = `oversized ${fr.id} frame (${fr.data.length} bytes)`; strength = 0.8; }
    if (strength > 0) {
      insp.report(RULES.oddFrame, {
        message: `${label} frame ${fr.id}: ${why}`,
        strength,
        offset: fr.offset,
        // the declared size may run far past the file: the reported range stays inside the tag as read
        length: Math.max(0, Math.min(fr.size, Math.max(t.offset + t.length, t.frameOverrunEnd ?? 0) - fr.offset)),
        evidence: { frame: fr.id, bytes: fr.data.length, head: defang(fr.data.subarray(0, 48), 96) },
      });
    }
  }
  if (t.padding && !t.padding.zero && t.padding.length >= 16) {
    insp.report(RULES.oddFrame, {
      message: `${label}: ${t.padding.length} bytes of padding are not zeros`,
      strength: 0.6,
      offset: t.padding.offset,
      length: t.padding.length,
      evidence: { bytes: t.padding.length },
    });
  }
}

export const mp3Analyzer: Analyzer = {
  name: 'mp3',
  description: 'MPEG audio frame walk and ID3v2/ID3v1/APE tags: unframed bytes, odd frames, pictures and hidden payloads',
  rules: Object.values(RULES),
  applies: (f: ScanFile) => f.type.format === 'mp3',
  analyze(file, ctx) {
    const d = file.data;
    const p = parseMp3(d);
    const insp = new AudioInspector(ctx, { text: RULES.text, payload: RULES.payload, picture: RULES.picture });
    for (const t of p.id3v2) {
      checkId3v2(t, insp, 'ID3v2', t.frameOverrunEnd !== undefined && t.frameOverrunEnd === p.audioStart);
    }
    // a FLAC stream behind an ID3 tag belongs to the FLAC analyzer; ADTS AAC behind an ID3 tag is not MPEG audio
    if (p.flacAt !== null) return insp.finish('mp3');
    const s = p.audioStart;
    if (s + 2 <= d.length && d[s] === 0xff && (d[s + 1] & 0xf6) === 0xf0) return insp.finish('mp3');
    insp.endTags(p.endTags, 'end');

    if (p.frameCount === 0) {
      // Without an ID3 tag the file only looked like MP3 by its first two bytes (a UTF-16 BOM, 0xFFFx data): it is
      // not MPEG audio, and saying what it is belongs to the file-type checks.
      if (p.id3v2.length === 0) return;
      const len = p.audioEnd - p.audioStart;
      const rv = len > 0 ? insp.region(d.subarray(p.audioStart, p.audioEnd), 'bytes where MPEG frames should be', p.audioStart) : null;
      insp.report(RULES.noFrames, {
        message: `no MPEG audio frames in ${len} bytes after the tags${rv ? ` (${rv.summary})` : ''}`,
        strength: len === 0 ? 0.5 : 1,
        offset: p.audioStart,
        length: len,
        evidence: { bytes: len, tags: p.id3v2.length, content: rv?.summary ?? 'empty' },
      });
      return insp.finish('mp3');
    }

    // unframed bytes: fill (zeros) is writers' padding; anything else is counted and inspected, largest first
    const gaps = p.gaps.slice().sort((a, b) => b.length - a.length);
    let contentBytes = p.uncountedGapBytes;
    let worst: RegionVerdict | null = null;
    let worstGap = gaps[0];
    // beyond the largest gaps, the content of the smaller ones is joined and inspected as one region
    const rest: typeof gaps = [];
    for (let gi = 0; gi < gaps.length; gi++) {
      const g = gaps[gi];
      const b = d.subarray(g.offset, g.offset + g.length);
      if (gi >= MAX_GAPS_INSPECTED) {
        if (!allSame(b)) {
          contentBytes += g.length;
          rest.push(g);
        }
        continue;
      }
      const rv = insp.region(b, `${g.length} unframed bytes ${g.where === 'after' ? 'after the last frame' : g.where === 'before' ? 'before the first frame' : 'between frames'}`, g.offset);
      if (rv.fill) continue;
      contentBytes += g.length;
      if (!worst || rank(rv) > rank(worst)) { worst = rv; worstGap = g; }
      if (rv.text) insp.text(new TextDecoder('latin1').decode(b.subarray(0, 1 << 20)), `text in unframed bytes at ${g.offset}`, g.offset);
    }
    const rv = insp.joined(d, rest, 'smaller unframed regions');
    if (rv && (!worst || rank(rv) > rank(worst))) { worst = rv; worstGap = rest[0]; }
    if (p.uncountedGapBytes > 0) {
      // the walker stopped recording gaps: their bytes were counted but cannot be inspected
      ctx.incomplete(`mp3: more than ${p.gaps.length} unframed regions; ${p.uncountedGapBytes} bytes in further regions not inspected`);
    }
    if (contentBytes > 0 && worst) {
      const loud = worst.danger >= 0.5 || worst.text || worst.magic;
      // Broken encoders and cut edits leave a few hundred stray bytes; kilobytes are data someone put there.
      const strength = loud ? 1 : contentBytes >= 4096 ? 1 : contentBytes >= 1024 ? 0.6 : contentBytes >= 128 ? 0.3 : 0;
      if (strength > 0) {
        insp.report(RULES.unframed, {
          message: `${contentBytes} bytes outside MPEG frames in ${p.gaps.length} region(s); largest at ${worstGap.offset} (${worst.summary})`,
          strength,
          offset: worstGap.offset,
          length: worstGap.length,
          evidence: {
            bytes: contentBytes,
            regions: p.gaps.length,
            frames: p.frameCount,
            frameBytes: p.frameBytes,
            content: worst.summary,
            largest: p.gaps.slice(0, 8).map((g) => ({ offset: g.offset, length: g.length, where: g.where })),
          },
        });
      }
    }
    insp.finish('mp3');
  },
};

const MAX_GAPS_INSPECTED = 32;

function rank(rv: RegionVerdict): number {
  return rv.danger * 10 + (rv.text ? 2 : 0) + (rv.magic ? 1 : 0);
}
