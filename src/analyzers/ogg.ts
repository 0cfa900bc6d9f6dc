import type { Analyzer } from './types.js';
import { defineRules } from './types.js';
import type { ScanFile } from '../types.js';
import { defang } from '../decode/index.js';
import { parseOgg } from '../formats/ogg.js';
import { AudioInspector, allSame, type RegionVerdict } from './audio-common.js';
import { checkVorbisComments } from './flac.js';

const RULES = defineRules({
  unframed: {
    id: 'audio.ogg.unframed-data',
    category: 'structure',
    weight: 3,
    description: 'Bytes that are not Ogg pages: before the first page, between pages, or after the last page.',
  },
  badCrc: {
    id: 'audio.ogg.bad-crc',
    category: 'structure',
    weight: 2,
    description: 'Pages whose CRC-32 does not match their content (edited after muxing).',
  },
  malformed: {
    id: 'audio.ogg.malformed',
    category: 'structure',
    weight: 1.5,
    description: 'Page walk problems: bad version or header type, page sequence gaps, truncated pages, missing BOS.',
  },
  commentExtra: {
    id: 'audio.ogg.comment-extra',
    category: 'structure',
    weight: 2,
    description: 'Data after the comment list inside a Vorbis/Opus comment header.',
  },
  picture: {
    id: 'audio.ogg.bad-picture',
    category: 'structure',
    weight: 3,
    description: 'A METADATA_BLOCK_PICTURE/COVERART comment that does not decode to an image.',
  },
  text: {
    id: 'audio.ogg.suspicious-text',
    category: 'strings',
    weight: 3,
    description: 'Code, shell commands, encoded blobs or suspicious URLs in Vorbis/Opus comments.',
  },
  payload: {
    id: 'audio.ogg.hidden-payload',
    category: 'payload',
    weight: 9,
    description: 'A comment, header packet or non-page region decodes to an executable or code.',
  },
});

const LATIN1 = new TextDecoder('latin1');

export const oggAnalyzer: Analyzer = {
  name: 'ogg',
  description: 'Ogg page walk with CRC check and Vorbis/Opus/Speex/FLAC comment headers: unframed data, bad CRCs, comments, pictures and hidden payloads',
  rules: Object.values(RULES),
  applies: (f: ScanFile) => f.type.format === 'ogg',
  analyze(file, ctx) {
    const d = file.data;
    const p = parseOgg(d);
    const insp = new AudioInspector(ctx, { text: RULES.text, payload: RULES.payload, picture: RULES.picture });

    // ---- bytes that are not pages
    let contentBytes = 0;
    let worst: RegionVerdict | null = null;
    let worstGap = p.gaps[0];
    for (const g of p.gaps.slice(0, 64)) {
      const b = d.subarray(g.offset, g.offset + g.length);
      const rv = insp.region(b, `${g.length} bytes ${g.where === 'after' ? 'after the last page' : g.where === 'before' ? 'before the first page' : 'between pages'}`, g.offset);
      if (rv.text) insp.text(LATIN1.decode(b.subarray(0, 1 << 20)), `text outside Ogg pages at ${g.offset}`, g.offset);
      if (rv.fill) continue;
      contentBytes += g.length;
      if (!worst || rv.danger > worst.danger || (rv.text && !worst.text)) { worst = rv; worstGap = g; }
    }
    // beyond the first gaps, the rest are inspected joined
    const rest = p.gaps.slice(64).filter((g) => !allSame(d.subarray(g.offset, g.offset + g.length)));
    for (const g of rest) contentBytes += g.length;
    const rv = insp.joined(d, rest, 'bytes outside Ogg pages');
    if (rv && (!worst || rv.danger > worst.danger)) { worst = rv; worstGap = rest[0]; }
    if (contentBytes > 0 && worst) {
      const loud = worst.danger >= 0.5 || worst.text || worst.magic;
      const strength = loud || contentBytes >= 1024 ? 1 : contentBytes >= 64 ? 0.6 : 0.3;
      insp.report(RULES.unframed, {
        message: `${contentBytes} bytes outside Ogg pages in ${p.gaps.length} region(s); largest at ${worstGap.offset} (${worst.summary})`,
        strength,
        offset: worstGap.offset,
        length: worstGap.length,
        evidence: { bytes: contentBytes, regions: p.gaps.length, pages: p.pages.length, content: worst.summary, gaps: p.gaps.slice(0, 8) },
      });
    }

    // ---- CRC
    if (p.badCrcPages > 0) {
      const first = p.anomalies.find((a) => a.code === 'bad-crc');
      // one bad page is damage; many pages edited after muxing is someone writing into the stream
      const frac = p.badCrcPages / Math.max(1, p.pages.length);
      insp.report(RULES.badCrc, {
        message: `${p.badCrcPages} of ${p.pages.length} pages have a bad CRC`,
        strength: p.badCrcPages >= 3 || frac >= 0.5 ? 1 : 0.5,
        offset: first?.offset,
        evidence: { badPages: p.badCrcPages, pages: p.pages.length, first: first?.offset ?? null },
      });
    }

    // ---- walk problems
    const bad = p.anomalies.filter((a) => ['not-ogg', 'bad-version', 'bad-header-type', 'truncated-page', 'sequence-gap', 'no-bos', 'page-limit', 'stream-limit', 'bad-comment'].includes(a.code));
    if (bad.length) {
      const strong = bad.some((a) => a.code === 'bad-version' || a.code === 'bad-header-type' || a.code === 'not-ogg');
      insp.report(RULES.malformed, {
        message: bad.map((a) => a.message).slice(0, 3).join('; '),
        strength: strong ? 1 : 0.5,
        offset: bad[0].offset,
        evidence: { issues: bad.slice(0, 16).map((a) => ({ code: a.code, offset: a.offset, message: a.message })), count: bad.length },
      });
    }

    // ---- header packets
    for (const s of p.streams) {
      const label = `${s.codec} stream ${s.serial}`;
      if (s.comment) {
        checkVorbisComments(s.comment, s.comment.packetOffset, insp, `${label} comment`);
        const extra = s.comment.trailing;
        // Opus allows binary data after the comments when its first byte has the low bit set; zero padding is normal
        if (extra.length > 0) {
          const rv = insp.region(extra, `${label}: bytes after the comment list`, s.comment.packetOffset);
          if (rv.text) insp.text(LATIN1.decode(extra.subarray(0, 1 << 20)), `${label}: text after the comment list`, s.comment.packetOffset);
          if (!rv.fill && extra.length >= 16) {
            insp.report(RULES.commentExtra, {
              message: `${label}: ${extra.length} bytes after the comment list (${rv.summary})`,
              strength: rv.danger >= 0.5 || rv.text || rv.magic || extra.length >= 1024 ? 1 : 0.5,
              offset: s.comment.packetOffset,
              length: extra.length,
              evidence: { bytes: extra.length, content: rv.summary, head: defang(extra.subarray(0, 48), 96) },
            });
          }
        }
      }
      if (s.codec === 'unknown' && s.headerPackets[0]) {
        insp.region(s.headerPackets[0].data, `${label}: first packet of an unknown stream`, s.headerPackets[0].offset);
      }
    }
    if (p.incomplete) ctx.incomplete(`ogg: ${p.incomplete}`);
    insp.finish('ogg');
  },
};
