import type { Analyzer } from './types.js';
import { defineRules } from './types.js';
import type { ScanFile } from '../types.js';
import { defang } from '../decode/index.js';
import { parseFlac, parsePictureBlock, type VorbisComment } from '../formats/flac.js';
import { isId3v2At, parseId3v2 } from '../formats/id3.js';
import { AudioInspector, utf8Bytes } from './audio-common.js';

const RULES = defineRules({
  trailing: {
    id: 'audio.flac.trailing-data',
    category: 'structure',
    weight: 3,
    description: 'Bytes after the last FLAC frame (found by CRC) that are not an ID3v1/APE tag.',
  },
  padding: {
    id: 'audio.flac.padding-not-zero',
    category: 'structure',
    weight: 2.5,
    description: 'A PADDING metadata block that holds something other than zeros.',
  },
  oddBlock: {
    id: 'audio.flac.odd-block',
    category: 'structure',
    weight: 2,
    description: 'A metadata block carrying data where none belongs: large or content-bearing APPLICATION, reserved types, CUESHEET reserved bytes, bytes after the comment list.',
  },
  malformed: {
    id: 'audio.flac.malformed',
    category: 'structure',
    weight: 1.5,
    description: 'Block lengths that lie, missing/bad STREAMINFO, bad SEEKTABLE, no frames, or frames whose CRC does not close them.',
  },
  picture: {
    id: 'audio.flac.bad-picture',
    category: 'structure',
    weight: 3,
    description: 'A PICTURE block (or METADATA_BLOCK_PICTURE comment) whose data is not an image.',
  },
  text: {
    id: 'audio.flac.suspicious-text',
    category: 'strings',
    weight: 3,
    description: 'Code, shell commands, encoded blobs or suspicious URLs in Vorbis comments.',
  },
  payload: {
    id: 'audio.flac.hidden-payload',
    category: 'payload',
    weight: 9,
    description: 'A metadata block, comment or trailing region decodes to an executable or code.',
  },
});

/** APPLICATION ids registered with the FLAC project (foreign metadata, cue data, editors' state). */
const KNOWN_APPS = new Set(['ATCH', 'BSOL', 'BUGS', 'Cues', 'Fica', 'MOTB', 'MPSE', 'MuML', 'RIFF', 'SFFL', 'SONY', 'SQEZ', 'TtWv', 'UITS', 'aiff', 'imag', 'peem', 'qfst', 'riff', 'tune', 'xbat', 'xmcd', 'w64 ']);
const APP_LARGE = 64 * 1024;
/** Bad-frame gaps inspected one by one; the rest are inspected joined. */
const MAX_GAPS_INSPECTED = 16;
const LATIN1 = new TextDecoder('latin1');

/**
 * Vorbis comments (FLAC VORBIS_COMMENT, Ogg Vorbis/Opus/Speex comment headers): text is assessed, embedded pictures
 * (METADATA_BLOCK_PICTURE, the older COVERART) are decoded and must be images, long values are inspected.
 */
export function checkVorbisComments(vc: VorbisComment, base: number, insp: AudioInspector, label: string): void {
  insp.text(vc.vendor, `${label} vendor string`, base, { urlsNormal: true });
  const mimeOf = new Map<string, string>();
  for (const c of vc.comments) if (c.key.toUpperCase() === 'COVERARTMIME') mimeOf.set('COVERART', c.value);
  for (const c of vc.comments) {
    const key = c.key.toUpperCase();
    const where = `${label} ${defang(c.key || '(no key)', 40)}`;
    const off = base + c.offset;
    if (key === 'METADATA_BLOCK_PICTURE' || key === 'COVERART') {
      const raw = new Uint8Array(Buffer.from(c.value.trim(), 'base64'));
      if (key === 'COVERART') {
        insp.picture(raw, mimeOf.get('COVERART') ?? 'image', where, off);
        continue;
      }
      const pic = parsePictureBlock(raw);
      if (pic) insp.picture(pic.data, pic.mime, where, off);
      else insp.picture(raw, 'METADATA_BLOCK_PICTURE', where, off); // not even a picture block
      continue;
    }
    const fingerprint = /FINGERPRINT/.test(key);
    const a = insp.text(`${c.key}=${c.value}`, where, off, { urlsNormal: true, encodedIsNormal: fingerprint });
    if (a.strength > 0 || (c.value.length > 4096 && !fingerprint)) insp.region(utf8Bytes(c.value), where, off);
  }
}

export const flacAnalyzer: Analyzer = {
  name: 'flac',
  description: 'FLAC metadata blocks and CRC-verified frame walk: trailing data, padding, pictures, comments and hidden payloads',
  rules: Object.values(RULES),
  applies: (f: ScanFile) => {
    if (f.type.format === 'flac') return true;
    // a FLAC stream behind an ID3v2 tag is detected as mp3 by its magic
    if (f.type.format !== 'mp3' || !isId3v2At(f.data, 0)) return false;
    const t = parseId3v2(f.data, 0);
    const o = t ? t.length : 0;
    return o + 4 <= f.data.length && LATIN1.decode(f.data.subarray(o, o + 4)) === 'fLaC';
  },
  analyze(file, ctx) {
    const d = file.data;
    const p = parseFlac(d);
    const insp = new AudioInspector(ctx, { text: RULES.text, payload: RULES.payload, picture: RULES.picture });
    if (p.id3v2) insp.id3Tag(p.id3v2, 'ID3v2 before fLaC');
    if (p.walkIncomplete) ctx.incomplete(`flac: ${p.walkIncomplete}`);

    // ---- malformed structure
    const bad = p.anomalies.filter((a) =>
      ['no-magic', 'block-past-end', 'block-limit', 'no-streaminfo', 'bad-streaminfo', 'bad-seektable', 'bad-picture', 'no-frames', 'frame-crc-mismatch', 'gap-before-frames', 'last-frame-unverified', 'frame-limit'].includes(a.code),
    );
    if (bad.length) {
      const strong = bad.some((a) => a.code === 'block-past-end' || a.code === 'no-streaminfo' || a.code === 'no-frames' || a.code === 'gap-before-frames');
      insp.report(RULES.malformed, {
        message: bad.map((a) => a.message).slice(0, 3).join('; '),
        strength: strong ? 1 : 0.6,
        offset: bad[0].offset,
        evidence: { issues: bad.slice(0, 16).map((a) => ({ code: a.code, offset: a.offset, message: a.message })), count: bad.length },
      });
    }
    for (const g of p.gaps.slice(0, MAX_GAPS_INSPECTED)) {
      insp.region(d.subarray(g.offset, g.offset + g.length), g.where === 'bad-frame' ? 'frame with a bad CRC' : 'bytes before the first frame', g.offset);
    }
    insp.joined(d, p.gaps.slice(MAX_GAPS_INSPECTED), 'frames with a bad CRC');

    // ---- metadata blocks
    for (const b of p.blocks) {
      const body = d.subarray(b.dataOffset, b.dataOffset + b.length);
      if (b.type === 1) {
        let nz = 0;
        for (let i = 0; i < body.length; i++) if (body[i] !== 0) nz++;
        if (nz === 0) continue;
        const rv = insp.region(body, 'PADDING block', b.dataOffset);
        if (rv.text) insp.text(LATIN1.decode(body.subarray(0, 1 << 20)), 'text in a PADDING block', b.dataOffset, { urlsNormal: false });
        insp.report(RULES.padding, {
          message: `PADDING block of ${b.length} bytes holds ${nz} non-zero bytes (${rv.summary})`,
          strength: nz >= 16 ? 1 : 0.4,
          offset: b.offset,
          length: b.length + 4,
          evidence: { bytes: b.length, nonZero: nz, content: rv.summary, head: defang(body.subarray(0, 48), 96) },
        });
      } else if (b.type === 2) {
        const app = LATIN1.decode(body.subarray(0, 4));
        const payload = body.subarray(4);
        const rv = insp.region(payload, `APPLICATION '${defang(app, 8)}' block`, b.dataOffset + 4);
        if (rv.text && !KNOWN_APPS.has(app)) insp.text(LATIN1.decode(payload.subarray(0, 1 << 20)), `APPLICATION '${defang(app, 8)}' block`, b.dataOffset + 4, { urlsNormal: false });
        const content = rv.danger >= 0.5 || (!KNOWN_APPS.has(app) && (rv.text || rv.magic));
        if (content || (payload.length >= APP_LARGE && !rv.fill && !KNOWN_APPS.has(app))) {
          oddBlock(insp, b.offset, b.length, `APPLICATION '${defang(app, 8)}' block of ${payload.length} bytes holds ${rv.summary}`, content ? 1 : 0.6);
        }
      } else if (b.type === 0 && b.length > 34) {
        insp.region(body.subarray(34), 'bytes after the STREAMINFO fields', b.dataOffset + 34);
      } else if (b.type === 4 && p.vorbisComment && p.vorbisComment.blockOffset === b.offset) {
        checkVorbisComments(p.vorbisComment, 0, insp, 'VORBIS_COMMENT');
        const vc = p.vorbisComment;
        const extra = b.dataOffset + b.length - vc.end;
        if (extra > 0) {
          // after the list, or from where a lying length (or the comment cap) stopped the parse
          const tail = d.subarray(vc.end, b.dataOffset + b.length);
          const rv = insp.region(tail, vc.truncated ? 'unparsed rest of the Vorbis comment list' : 'bytes after the Vorbis comment list', vc.end);
          if (!vc.truncated && (!rv.fill || extra > 64)) oddBlock(insp, vc.end, extra, `${extra} bytes after the comment list (${rv.summary})`, extra >= 16 ? 1 : 0.4);
        }
      } else if (b.type === 6) {
        const pic = p.pictures.find((x) => x.blockOffset === b.offset);
        if (pic) {
          insp.picture(pic.data, pic.mime, 'PICTURE block', pic.dataOffset);
          if (pic.description.length > 64) insp.text(pic.description, 'PICTURE description', b.dataOffset, { urlsNormal: true });
          const picEnd = pic.dataOffset + pic.data.length;
          const extra = b.dataOffset + b.length - picEnd;
          if (extra > 0) {
            const rv = insp.region(d.subarray(picEnd, picEnd + extra), 'bytes after the picture data', picEnd);
            if (!rv.fill) oddBlock(insp, picEnd, extra, `${extra} bytes after the PICTURE data (${rv.summary})`, extra >= 16 ? 1 : 0.4);
          }
        } else insp.region(body, 'PICTURE block that does not parse', b.dataOffset);
      } else if (b.type >= 7 && b.length > 0) {
        const rv = insp.region(body, `reserved block type ${b.type}`, b.dataOffset);
        oddBlock(insp, b.offset, b.length, `metadata block of reserved type ${b.type} holds ${b.length} bytes (${rv.summary})`, b.length >= 64 ? 1 : 0.5);
      } else if (b.type === 5) {
        const a = p.anomalies.find((x) => x.code === 'cuesheet-reserved' && x.offset === b.offset);
        const extra = p.anomalies.find((x) => x.code === 'cuesheet-extra' && x.offset > b.offset && x.offset <= b.dataOffset + b.length);
        if (a || extra || b.length < 396) insp.region(body, 'CUESHEET block', b.dataOffset);
        if (a) oddBlock(insp, b.offset, b.length, a.message, 0.8);
        if (extra) oddBlock(insp, extra.offset, extra.length ?? 0, extra.message, (extra.length ?? 0) >= 16 ? 1 : 0.4);
        insp.text(LATIN1.decode(body.subarray(0, 128)).replace(/\0+/g, ' '), 'CUESHEET catalog number', b.dataOffset, { urlsNormal: true });
      } else if (b.type === 3 && b.length > 0 && b.length % 18 !== 0) {
        insp.region(body.subarray(b.length - (b.length % 18)), 'bytes after the last SEEKTABLE point', b.dataOffset + b.length - (b.length % 18));
      }
    }

    // ---- end of the stream
    insp.endTags(p.endTags, 'end');
    if (p.trailing) {
      const { offset, length } = p.trailing;
      const rest = d.subarray(offset, offset + length);
      const rv = insp.region(rest, 'data after the last FLAC frame', offset);
      if (rv.text) insp.text(LATIN1.decode(rest.subarray(0, 1 << 20)), 'text after the last FLAC frame', offset, { urlsNormal: false });
      // The last frame's end is found by its CRC-16; a chance match inside that frame leaves a frame-sized tail of
      // compressed audio, so a small opaque tail is weak evidence while content we recognise or a tail larger than a
      // frame is not.
      const maxFrame = p.streamInfo && p.streamInfo.maxFrameSize > 0 ? p.streamInfo.maxFrameSize : 65536;
      const unverified = !p.lastFrameVerified;
      let strength: number;
      if (rv.danger >= 0.5 || rv.text || rv.magic) strength = 1;
      else if (rv.fill) strength = length >= 4096 ? 0.3 : 0;
      else if (unverified) strength = length > maxFrame ? 0.6 : 0.2;
      else strength = length > maxFrame ? 1 : length >= 1024 ? 0.5 : 0.3;
      if (strength > 0) {
        insp.report(RULES.trailing, {
          message: `${length} bytes after ${p.frameCount ? 'the last FLAC frame' : 'the metadata, where no frame was found'} (${rv.summary})`,
          strength,
          offset,
          length,
          evidence: { bytes: length, audioEnd: p.audioEnd, frames: p.frameCount, lastFrameVerified: p.lastFrameVerified, content: rv.summary, head: defang(rest.subarray(0, 48), 96) },
        });
      }
    }
    insp.finish('flac');
  },
};

function oddBlock(insp: AudioInspector, offset: number, length: number, message: string, strength: number): void {
  insp.report(RULES.oddBlock, { message, strength, offset, length, evidence: { bytes: length } });
}
