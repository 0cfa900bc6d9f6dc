/**
 * Image containers (PNG, JPEG, GIF, BMP): walk the structure, then look at every place where bytes sit that the
 * format does not need — data after the end marker, stray bytes between blocks, unknown chunks/segments/extensions,
 * gaps before the pixel array — and at metadata text. Ordinary metadata (EXIF, XMP, ICC, Photoshop, tool names and
 * homepage URLs, NETSCAPE loop blocks, appended camera thumbnails) stays quiet.
 */
import type { Analyzer, AnalyzerContext } from './types.js';
import type { ScanFile } from '../types.js';
import { inflateSync, constants as zc } from 'node:zlib';
import { isOutputLimitError } from '../archive/compress.js';
import { parsePng, strayFrom, isCritical, type PngChunk } from '../formats/png.js';
import { parseJpeg, markerName, type JpegImage } from '../formats/jpeg.js';
import { parseGif, readSubBlocks } from '../formats/gif.js';
import { parseBmp } from '../formats/bmp.js';
import { IMAGE_RULES as R, ImageReporter, isPadding } from './image-report.js';
import { exifTexts } from './image-exif.js';
import { bytesToText, printableRatio } from './image-text.js';

export { IMAGE_RULES } from './image-report.js';

const FORMATS = new Set(['png', 'jpeg', 'gif', 'bmp']);
/** Bytes a compressed text chunk may inflate to. */
const MAX_TEXT_INFLATE = 8 << 20;

const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

// ---------------------------------------------------------------------------------------------------------------- PNG

/**
 * Chunk types in use: the PNG 3rd edition registry, APNG, the extension chunks, and private chunks that widespread
 * tools write (Apple CgBI/iDOT, Android nine-patch npTc/npLb/npOl, ImageMagick vpAg/caNv/orNT, Adobe Fireworks
 * mkBF/mkTS/mkBS/mkBT/prVW). Anything else is unknown.
 */
const KNOWN_CHUNKS = new Set([
  'IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'cHRM', 'gAMA', 'iCCP', 'sBIT', 'sRGB', 'cICP', 'mDCV', 'cLLI', 'mDCv', 'cLLi',
  'tEXt', 'zTXt', 'iTXt', 'bKGD', 'hIST', 'pHYs', 'sPLT', 'eXIf', 'tIME', 'acTL', 'fcTL', 'fdAT', 'oFFs', 'pCAL', 'sCAL',
  'sTER', 'gIFg', 'gIFx', 'gIFt', 'fRAc', 'dSIG',
  'CgBI', 'iDOT', 'npTc', 'npLb', 'npOl', 'vpAg', 'caNv', 'orNT', 'mkBF', 'mkTS', 'mkBS', 'mkBT', 'prVW',
]);

/** Largest data a fixed-layout chunk can legitimately have. */
const MAX_CHUNK_DATA: Record<string, number> = {
  IHDR: 13, gAMA: 4, cHRM: 32, sRGB: 1, pHYs: 9, tIME: 7, bKGD: 6, sBIT: 4, oFFs: 9, cICP: 4, acTL: 8, fcTL: 26,
  tRNS: 256, PLTE: 768, hIST: 512, sCAL: 1024, pCAL: 4096, sTER: 1, mDCV: 24, mDCv: 24, cLLI: 8, cLLi: 8, iDOT: 64,
  vpAg: 9, caNv: 16, orNT: 1, gIFg: 4, npTc: 4096, npLb: 64, npOl: 64, IEND: 0,
};

/** Metadata chunks that may be big (profiles, text, EXIF) are still never megabytes in ordinary files. */
const MAX_METADATA = 1 << 20;

function inflateLimited(b: Uint8Array): { data: Uint8Array | null; overflow: boolean } {
  try {
    const out = inflateSync(b, { maxOutputLength: MAX_TEXT_INFLATE, finishFlush: zc.Z_SYNC_FLUSH });
    return { data: new Uint8Array(out.buffer, out.byteOffset, out.length), overflow: false };
  } catch (e) {
    return { data: null, overflow: isOutputLimitError(e) };
  }
}

/** Keyword and text of a tEXt/zTXt/iTXt chunk; null text when it cannot be decoded. */
function pngText(type: string, data: Uint8Array): { keyword: string; text: string | null; overflow: boolean; rawOffset: number } {
  const nul = data.indexOf(0);
  const kwEnd = nul < 0 ? Math.min(data.length, 80) : nul;
  const keyword = latin1(data.subarray(0, Math.min(kwEnd, 80)));
  if (nul < 0) return { keyword, text: latin1(data), overflow: false, rawOffset: 0 };
  if (type === 'tEXt') return { keyword, text: latin1(data.subarray(nul + 1)), overflow: false, rawOffset: nul + 1 };
  if (type === 'zTXt') {
    const r = inflateLimited(data.subarray(nul + 2));
    return { keyword, text: r.data ? latin1(r.data) : null, overflow: r.overflow, rawOffset: nul + 2 };
  }
  // iTXt: keyword\0 flag method lang\0 translated\0 text
  const flag = data[nul + 1];
  let p = nul + 3;
  const lang = data.indexOf(0, p);
  if (lang < 0) return { keyword, text: null, overflow: false, rawOffset: p };
  const tr = data.indexOf(0, lang + 1);
  if (tr < 0) return { keyword, text: null, overflow: false, rawOffset: lang + 1 };
  p = tr + 1;
  if (flag === 1) {
    const r = inflateLimited(data.subarray(p));
    return { keyword, text: r.data ? bytesToText(r.data) : null, overflow: r.overflow, rawOffset: p };
  }
  return { keyword, text: bytesToText(data.subarray(p)), overflow: false, rawOffset: p };
}

function analyzePng(d: Uint8Array, rep: ImageReporter): void {
  const s = parsePng(d);
  if (!s.signature) return;
  if (s.capped) rep.incomplete(`PNG has more than the chunk cap; the rest of the file was not analysed`);

  const seen = new Set<string>();
  for (const a of s.anomalies) {
    if (seen.has(a.code)) continue;
    seen.add(a.code);
    // a stray non-chunk is reported as trailing data below; no IDAT alone is odd but not evidence
    if (a.code === 'bad-type' || a.code === 'no-idat') continue;
    rep.report(R.pngMalformed, { message: `PNG: ${a.message}`, offset: a.offset, length: a.length, evidence: { problem: a.code } });
  }

  for (const c of s.chunks) checkPngChunk(d, c, s.idatBytes, rep);

  if (s.trailing) {
    rep.trailing(R.pngTrailing, 'after the PNG IEND chunk', s.trailing.offset, d.subarray(s.trailing.offset), { iend: s.iendOffset });
  } else {
    const stray = strayFrom(s, d.length);
    if (stray) rep.trailing(R.pngTrailing, 'after the last valid PNG chunk', stray.offset, d.subarray(stray.offset), { noIend: true });
  }
}

function checkPngChunk(d: Uint8Array, c: PngChunk, idatBytes: number, rep: ImageReporter): void {
  const data = d.subarray(c.dataOffset, c.dataOffset + c.dataLength);
  const where = `PNG ${c.type} chunk at ${c.offset}`;
  const known = KNOWN_CHUNKS.has(c.type);

  if (c.type === 'tEXt' || c.type === 'zTXt' || c.type === 'iTXt') {
    const t = pngText(c.type, data);
    if (t.overflow) {
      rep.report(R.pngOversized, {
        message: `${where} (${t.keyword}) inflates to more than ${MAX_TEXT_INFLATE} bytes`,
        offset: c.offset,
        length: c.end - c.offset,
        evidence: { chunk: c.type, keyword: t.keyword, inflateLimit: MAX_TEXT_INFLATE },
      });
    }
    if (t.text !== null) rep.scanTextValue(`${where} "${t.keyword}"`, c.dataOffset + t.rawOffset, `${t.keyword}: ${t.text}`);
    else if (!t.overflow) rep.inspectRegion(`${where} (undecodable text)`, c.dataOffset, data);
  } else if (c.type === 'eXIf') {
    for (const e of exifTexts(data).slice(0, 256)) rep.scanTextValue(`${where} EXIF tag 0x${e.tag.toString(16)}`, c.dataOffset + e.offset, e.text);
  }

  const max = MAX_CHUNK_DATA[c.type];
  if (max !== undefined && c.declaredLength > max) {
    rep.report(R.pngOversized, {
      message: `${where} holds ${c.declaredLength} bytes; its type never needs more than ${max}`,
      offset: c.offset,
      length: c.end - c.offset,
      evidence: { chunk: c.type, declared: c.declaredLength, max },
    });
    if (c.dataLength > max) rep.inspectRegion(`excess bytes of ${where}`, c.dataOffset + max, data.subarray(max));
  } else if (known && c.type !== 'IDAT' && c.type !== 'fdAT' && c.dataLength > MAX_METADATA) {
    rep.report(R.pngOversized, {
      message: `${where} holds ${c.dataLength} bytes of metadata`,
      strength: 0.75,
      offset: c.offset,
      length: c.end - c.offset,
      evidence: { chunk: c.type, size: c.dataLength },
    });
  }

  if (!known) {
    const critical = isCritical(c.type);
    if (critical || c.dataLength >= 256) {
      // bigger than the picture itself, or big in absolute terms, is what a hidden payload looks like
      const strength = critical ? Math.max(0.5, c.dataLength >= 4096 ? 1 : 0.5) : c.dataLength >= 65536 || (c.dataLength >= 4096 && c.dataLength > idatBytes) ? 1 : c.dataLength >= 4096 ? 0.75 : 0.5;
      rep.report(R.pngUnknownChunk, {
        message: `${where}: ${critical ? 'unknown critical' : 'unregistered'} chunk with ${c.dataLength} bytes`,
        strength,
        offset: c.offset,
        length: c.end - c.offset,
        evidence: { chunk: c.type, size: c.dataLength, critical, idatBytes },
      });
    }
    if (c.dataLength >= 16) rep.inspectRegion(where, c.dataOffset, data);
  }
}

// --------------------------------------------------------------------------------------------------------------- JPEG

/** APPn identifiers written by cameras, phones and editors: their content is vendor metadata. */
const KNOWN_APP = new Set([
  'JFIF', 'JFXX', 'AVI1', 'Exif', 'http://ns.adobe.com/xap/1.0/', 'http://ns.adobe.com/xmp/extension/', 'XMP',
  'ICC_PROFILE', 'MPF', 'FPXR', 'Photoshop 3.0', 'Adobe', 'Ducky', 'PictureInfo', 'Meta', 'META', 'FLIR', 'Ocad',
  'QVCI', 'SCALADO', 'HPQ-Capture', 'AROT', 'GoPro', 'Qualcomm Camera Attributes', 'MOTO', 'PIM', 'H3X0', 'ssuniqueid',
  'urn:iso:std:iso:ts:21496:-1', 'HDR_RI',
]);

/** Unknown APPn segments below this size are common vendor crumbs. */
const APP_QUIET = 2048;

function analyzeJpeg(d: Uint8Array, rep: ImageReporter): void {
  const s = parseJpeg(d);
  if (!s.signature) return;
  if (s.capped) rep.incomplete('JPEG has more segments than the cap; the rest of the file was not analysed');
  const seen = new Set<string>();
  for (const a of s.anomalies) {
    if (a.code === 'stray-bytes' || seen.has(a.code)) continue;
    seen.add(a.code);
    rep.report(R.jpegMalformed, { message: `JPEG: ${a.message}`, offset: a.offset, length: a.length, evidence: { problem: a.code } });
  }
  for (const img of [s.main, ...s.appended]) checkJpegImage(d, img, rep);

  if (s.trailing) {
    const t = d.subarray(s.trailing.offset);
    const camera = cameraTrailer(t);
    if (camera) {
      // motion-photo video or a Samsung SEF trailer: ordinary camera output, still inspected for payloads
      rep.inspectRegion(`${camera} after the JPEG EOI`, s.trailing.offset, t, { scanAsText: false });
    } else {
      rep.trailing(R.jpegTrailing, 'after the JPEG EOI marker', s.trailing.offset, t, { appendedImages: s.appended.length });
    }
  }
}

/** Known camera trailers after EOI: an MP4/MOV motion-photo clip, or Samsung's SEF trailer ending in `SEFT`. */
function cameraTrailer(t: Uint8Array): string | null {
  if (t.length >= 12 && latin1(t.subarray(4, 8)) === 'ftyp') return 'motion-photo video';
  if (t.length >= 8 && latin1(t.subarray(t.length - 4)) === 'SEFT') return 'Samsung SEF trailer';
  return null;
}

function checkJpegImage(d: Uint8Array, img: JpegImage, rep: ImageReporter): void {
  for (const st of img.stray) {
    const bytes = d.subarray(st.offset, st.offset + st.length);
    if (isPadding(bytes) && bytes.length <= 64) continue;
    const info = rep.inspectRegion(`stray bytes between JPEG segments at ${st.offset}`, st.offset, bytes);
    rep.report(R.jpegStray, {
      message: `${st.length} bytes between JPEG segments at ${st.offset} belong to no segment`,
      strength: info.foreign ? 1 : st.length <= 16 ? 0.4 : st.length < 1024 ? 0.7 : 1,
      offset: st.offset,
      length: st.length,
      evidence: { appendedFormat: info.magic },
    });
  }
  for (const seg of img.segments) {
    const m = seg.marker;
    const data = d.subarray(seg.dataOffset, seg.dataOffset + seg.dataLength);
    const where = `JPEG ${markerName(m)}${seg.ident ? ` "${seg.ident}"` : ''} segment at ${seg.offset}`;
    if (m >= 0xe0 && m <= 0xef) {
      if (seg.ident === 'Exif') {
        for (const e of exifTexts(data, 6).slice(0, 256)) rep.scanTextValue(`${where} EXIF tag 0x${e.tag.toString(16)}`, seg.dataOffset + e.offset, e.text);
      } else if (seg.ident === 'http://ns.adobe.com/xap/1.0/' || seg.ident === 'XMP') {
        const start = seg.ident.length + 1;
        rep.scanTextValue(`${where} (XMP)`, seg.dataOffset + start, bytesToText(data.subarray(start)), false);
      } else if (seg.ident === 'http://ns.adobe.com/xmp/extension/') {
        const start = seg.ident.length + 1 + 32 + 8; // GUID, full length, chunk offset
        rep.scanTextValue(`${where} (extended XMP)`, seg.dataOffset + start, bytesToText(data.subarray(start)), false);
      } else if (!KNOWN_APP.has(seg.ident)) {
        if (seg.dataLength >= APP_QUIET) {
          rep.report(R.jpegUnknownSegment, {
            message: `${where}: unknown application segment with ${seg.dataLength} bytes`,
            strength: seg.dataLength >= 16384 ? 1 : 0.5,
            offset: seg.offset,
            length: seg.dataLength + 4,
            evidence: { marker: markerName(m), ident: seg.ident, size: seg.dataLength },
          });
        }
        if (seg.dataLength >= 16) rep.inspectRegion(where, seg.dataOffset, data);
      }
    } else if (m === 0xfe) {
      const textual = printableRatio(data) > 0.9;
      if (textual) rep.scanTextValue(where, seg.dataOffset, bytesToText(data));
      else {
        if (seg.dataLength >= 256) {
          rep.report(R.jpegUnknownSegment, {
            message: `${where}: binary comment with ${seg.dataLength} bytes`,
            strength: seg.dataLength >= 16384 ? 1 : 0.5,
            offset: seg.offset,
            length: seg.dataLength + 4,
            evidence: { marker: 'COM', size: seg.dataLength },
          });
        }
        if (seg.dataLength >= 16) rep.inspectRegion(where, seg.dataOffset, data);
      }
    } else if ((m >= 0x02 && m <= 0xbf) || (m >= 0xf0 && m <= 0xfd)) {
      // reserved / JPEG-extension markers: no decoder needs their content
      if (seg.dataLength >= 256) {
        rep.report(R.jpegUnknownSegment, {
          message: `${where}: reserved marker segment with ${seg.dataLength} bytes`,
          strength: seg.dataLength >= 16384 ? 1 : 0.5,
          offset: seg.offset,
          length: seg.dataLength + 4,
          evidence: { marker: markerName(m), size: seg.dataLength },
        });
      }
      if (seg.dataLength >= 16) rep.inspectRegion(where, seg.dataOffset, data);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------- GIF

/** Application extensions with known, small layouts (loop count, buffering). */
const SMALL_APP_EXT = new Set(['NETSCAPE2.0', 'ANIMEXTS1.0']);
/** Application extensions carrying metadata blobs (XMP, ICC, ImageMagick 8BIM/IPTC). */
const METADATA_APP_EXT = new Set(['XMP DataXMP', 'ICCRGBG1012', 'MGK8BIM0000', 'MGKIPTC0000']);

function analyzeGif(d: Uint8Array, rep: ImageReporter): void {
  const s = parseGif(d);
  if (!s.signature) return;
  if (s.capped) rep.incomplete('GIF has more blocks than the cap; the rest of the file was not analysed');
  const seen = new Set<string>();
  for (const a of s.anomalies) {
    if (a.code === 'bad-block' || seen.has(a.code)) continue;
    seen.add(a.code);
    rep.report(R.gifMalformed, { message: `GIF: ${a.message}`, offset: a.offset, length: a.length, evidence: { problem: a.code } });
  }
  for (const x of s.extensions) {
    const where = `GIF ${x.label === 0xfe ? 'comment' : x.label === 0xff ? `application extension "${x.appId}"` : x.label === 0x01 ? 'plain-text' : x.label === 0xf9 ? 'graphic-control' : `0x${x.label.toString(16)}`} extension at ${x.offset}`;
    const payloadStart = x.label === 0xff && x.appId ? x.chain.offset + 12 : x.chain.offset;
    if (x.label === 0xff && x.appId === 'XMP DataXMP') {
      // XMP is stored raw (not in sub-blocks) and closed by a 258-byte "magic trailer"
      const end = Math.max(payloadStart, x.chain.offset + x.chain.length - 258);
      rep.scanTextValue(`${where} (XMP)`, payloadStart, bytesToText(d.subarray(payloadStart, end)), false);
      continue;
    }
    if (x.label === 0xff && METADATA_APP_EXT.has(x.appId)) continue;
    const data = readSubBlocks(d, payloadStart, 16 << 20);
    const textual = data.length > 0 && printableRatio(data) > 0.9;
    let suspicious: boolean;
    if (x.label === 0xf9) suspicious = x.dataBytes > 16;
    else if (x.label === 0xff && SMALL_APP_EXT.has(x.appId)) suspicious = x.dataBytes > 64;
    else if (x.label === 0xfe || x.label === 0x01) suspicious = !textual && x.dataBytes >= 256;
    else suspicious = x.dataBytes >= 256;
    if (textual && (x.label === 0xfe || x.label === 0x01)) rep.scanTextValue(where, payloadStart, bytesToText(data));
    else if (data.length >= 16) rep.inspectRegion(where, payloadStart, data);
    if (suspicious) {
      rep.report(R.gifExtension, {
        message: `${where} carries ${x.dataBytes} bytes${textual ? '' : ' of binary data'}`,
        strength: x.dataBytes >= 16384 ? 1 : 0.5,
        offset: x.offset,
        length: x.chain.length + 2,
        evidence: { label: x.label, appId: x.appId, size: x.dataBytes },
      });
    }
  }
  if (s.trailing) {
    const where = s.trailerOffset >= 0 ? 'after the GIF trailer' : 'after the last valid GIF block';
    rep.trailing(R.gifTrailing, where, s.trailing.offset, d.subarray(s.trailing.offset), { trailer: s.trailerOffset });
  }
}

// ---------------------------------------------------------------------------------------------------------------- BMP

function analyzeBmp(d: Uint8Array, rep: ImageReporter): void {
  const s = parseBmp(d);
  // without a known info header this is not a BMP we can lay out (content sniffers match on "BM" alone)
  if (!s.signature || !s.info) return;
  for (const a of s.anomalies) {
    rep.report(R.bmpMalformed, { message: `BMP: ${a.message}`, offset: a.offset, length: a.length, evidence: { problem: a.code } });
  }
  if (s.gap) {
    let gap = d.subarray(s.gap.offset, s.gap.offset + s.gap.length);
    // an embedded ICC profile inside the gap is accounted for
    const p = s.profile;
    let nonZero = 0;
    for (let i = 0; i < gap.length; i++) {
      const off = s.gap.offset + i;
      if (p && off >= p.offset && off < p.offset + p.length) continue;
      if (gap[i] !== 0) nonZero++;
    }
    if (p && p.offset <= s.gap.offset && p.offset + p.length >= s.gap.offset + s.gap.length) nonZero = 0;
    if (nonZero > 0) {
      if (p && p.offset > s.gap.offset && p.offset < s.gap.offset + s.gap.length) gap = gap.subarray(0, p.offset - s.gap.offset);
      const info = rep.inspectRegion(`gap before the BMP pixel array`, s.gap.offset, gap);
      rep.report(R.bmpGap, {
        message: `${s.gap.length} bytes between the BMP headers and the pixel array hold ${nonZero} non-zero bytes`,
        strength: info.foreign ? 1 : nonZero <= 16 ? 0.3 : nonZero < 1024 ? 0.7 : 0.85,
        offset: s.gap.offset,
        length: s.gap.length,
        evidence: { nonZero, pixelOffset: s.pixelOffset, appendedFormat: info.magic },
      });
    }
  }
  if (s.trailing) {
    rep.trailing(R.bmpTrailing, 'after the BMP pixel array', s.trailing.offset, d.subarray(s.trailing.offset), {
      pixelOffset: s.pixelOffset,
      pixelBytes: s.pixelBytesExpected,
    });
  }
}

// ----------------------------------------------------------------------------------------------------------- analyzer

export const imageAnalyzer: Analyzer = {
  name: 'image',
  description: 'PNG/JPEG/GIF/BMP structure: data after the end marker, stray or unknown blocks, metadata text, embedded payloads',
  rules: Object.values(R),
  applies: (file: ScanFile) => FORMATS.has(file.type.format),
  analyze(file: ScanFile, ctx: AnalyzerContext) {
    const rep = new ImageReporter(file, ctx);
    const d = file.data;
    switch (file.type.format) {
      case 'png':
        analyzePng(d, rep);
        break;
      case 'jpeg':
        analyzeJpeg(d, rep);
        break;
      case 'gif':
        analyzeGif(d, rep);
        break;
      case 'bmp':
        analyzeBmp(d, rep);
        break;
    }
  },
};
