/**
 * Images: PNG, GIF, JPEG and BMP, each through its structure reader (no throw, every range inside the file, the
 * reader's caps) and through every analyzer, as the pipeline runs them on a member.
 */
import { parsePng, PNG_MAX_CHUNKS } from '../../../src/formats/png.js';
import { parseGif, GIF_MAX_BLOCKS } from '../../../src/formats/gif.js';
import { parseJpeg, JPEG_MAX_SEGMENTS, JPEG_MAX_APPENDED } from '../../../src/formats/jpeg.js';
import { parseBmp } from '../../../src/formats/bmp.js';
import {
  app, bmp, bytes, exif, gce, gif, gifComment, gifXmp, iccProfile, iTXt, jpeg, netscapeLoop, ordinaryPngChunks, png, pngChunk, seg, tEXt, xmpPacket,
  zTXt,
} from '../../helpers/image.js';
import { checkFile, noThrow, rangesWithin } from '../checks.js';
import { ensure, type FuzzTarget } from '../harness.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');

export const imageTargets: FuzzTarget[] = [
  {
    name: 'png',
    seeds: () => [
      png({ before: ordinaryPngChunks().slice(0, 4), after: [tEXt('Comment', b64('hidden text in a comment'))] }),
      png({ after: [zTXt('Raw profile type exif', 'exif data'), iTXt('XML:com.adobe.xmp', xmpPacket(), true)], trailing: bytes('PK\x03\x04 trailing') }),
      png({ width: 16, height: 16, before: [pngChunk('eXIf', exif({ 0x010e: 'description' }, false)), pngChunk('prVt', bytes(b64('private chunk')))] }),
    ],
    dict: ['IHDR', 'IDAT', 'IEND', 'tEXt', 'zTXt', 'iTXt', 'iCCP', 'eXIf', 'acTL', 'fcTL'],
    check: async (d) => {
      const p = noThrow('parsePng', () => parsePng(d));
      ensure(p.chunks.length <= PNG_MAX_CHUNKS, `${p.chunks.length} PNG chunks (cap ${PNG_MAX_CHUNKS})`);
      for (const c of p.chunks) ensure(c.dataOffset + c.dataLength <= d.length && c.end <= d.length, () => `PNG chunk ${JSON.stringify(c)} past ${d.length}`);
      rangesWithin({ idat: p.idat, trailing: p.trailing }, d.length, 'png');
      await checkFile('pkg/image.png', d);
    },
  },
  {
    name: 'gif',
    dict: ['GIF89a', '\x21\xf9\x04', '\x21\xfe', '\x21\xff\x0b', 'NETSCAPE2.0', '\x2c', '\x3b'],
    seeds: () => [
      gif({ blocks: [netscapeLoop(), gce(), gifComment('a comment')], frames: 2 }),
      gif({ blocks: [gifXmp(xmpPacket()), gifComment(b64('encoded comment'))], trailing: bytes('after the trailer') }),
      gif({ frames: 1, noTrailer: true }),
    ],
    check: async (d) => {
      const p = noThrow('parseGif', () => parseGif(d));
      ensure(p.frames.length + p.extensions.length <= GIF_MAX_BLOCKS, `${p.frames.length + p.extensions.length} GIF blocks (cap ${GIF_MAX_BLOCKS})`);
      rangesWithin(p, d.length, 'gif', ['anomalies']);
      await checkFile('pkg/image.gif', d);
    },
  },
  {
    name: 'jpeg',
    dict: ['\xff\xd8', '\xff\xe0', '\xff\xe1', '\xff\xe2', '\xff\xc0', '\xff\xc4', '\xff\xda', '\xff\xd9', '\xff\xfe', 'Exif\0\0', 'ICC_PROFILE\0'],
    seeds: () => [
      jpeg({ app: [app(1, 'Exif', exif({ 0x010e: 'desc', 0x0131: 'editor' }, false).subarray(0)), app(2, 'ICC_PROFILE', iccProfile().subarray(0, 200))], scan: undefined }),
      jpeg({ app: [seg(0xfe, bytes(b64('a JPEG comment')))], trailing: bytes('trailing data after EOI') }),
      jpeg({ noEoi: true }),
    ],
    check: async (d) => {
      const p = noThrow('parseJpeg', () => parseJpeg(d));
      ensure(p.main.segments.length <= JPEG_MAX_SEGMENTS && p.appended.length <= JPEG_MAX_APPENDED, `${p.main.segments.length} segments, ${p.appended.length} appended images`);
      for (const im of [p.main, ...p.appended]) {
        ensure(im.start >= 0 && im.end <= d.length, `JPEG image ${im.start}..${im.end} of ${d.length}`);
        for (const s of im.segments) ensure(s.dataOffset + s.dataLength <= d.length, `JPEG segment ${s.offset}: data ${s.dataOffset}+${s.dataLength} past ${d.length}`);
      }
      rangesWithin(p, d.length, 'jpeg', ['anomalies']);
      await checkFile('pkg/photo.jpg', d);
    },
  },
  {
    name: 'bmp',
    dict: ['BM', '\x28\0\0\0', '\x7c\0\0\0', 'DEBM'],
    seeds: () => [bmp(), bmp({ bpp: 8, gap: bytes(b64('in the gap')) }), bmp({ width: 3, height: 2, profile: iccProfile().subarray(0, 100), trailing: bytes('tail') })],
    check: async (d) => {
      const p = noThrow('parseBmp', () => parseBmp(d));
      rangesWithin({ masks: p.masks, palette: p.palette, pixels: p.pixels, profile: p.profile, gap: p.gap, trailing: p.trailing }, d.length, 'bmp');
      await checkFile('pkg/image.bmp', d);
    },
  },
];
