/**
 * Audio containers: RIFF (WAV, and AIFF through the same walker), MP3 with ID3v2/ID3v1 tags, ID3v2 on its own, FLAC and
 * Ogg (Vorbis, Opus). Each through its parser (no throw, ranges inside the file, counts under the parser's caps) and
 * through every analyzer, as the pipeline runs them on a member.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseRiff, MAX_RIFF_CHUNKS_TOTAL } from '../../../src/formats/riff.js';
import { parseMp3, MAX_MP3_FRAMES } from '../../../src/formats/mp3.js';
import { findTrailingTags, parseId3v1, parseId3v2, MAX_ID3_FRAMES } from '../../../src/formats/id3.js';
import { parseFlac, MAX_FLAC_BLOCKS } from '../../../src/formats/flac.js';
import { parseOgg, MAX_OGG_PAGES } from '../../../src/formats/ogg.js';
import {
  apic, cat, comm, flac, flacBlock, fmtChunk, geob, id3v1, id3v2, listInfo, mp3Frames, ogg, pcm, pictureBody, png, priv, riffChunk,
  textFrame, txxx, vorbisCommentBody, wav,
} from '../../helpers/audio.js';
import { aiffFile, auFile, flacFile, pureTone, toInt16 } from '../../helpers/signal.js';
import { checkFile, noThrow, rangesWithin } from '../checks.js';
import { ensure, type FuzzTarget } from '../harness.js';

/** The committed audio fixtures, next to this file or (bundled into scripts/fuzz.ts) under the working directory. */
const FIXTURES = [path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../fixtures/audio'), path.resolve('__tests__/fixtures/audio')].find((p) => fs.existsSync(p)) ?? '';
/** The encoded MP3/Ogg/Opus fixtures, cut to their first `n` bytes (mutations land in headers more often). */
function encoded(name: string, n = 6000): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)).subarray(0, n));
}

const b64 = (s: string) => new Uint8Array(Buffer.from(Buffer.from(s).toString('base64')));

function riffSeeds(): Uint8Array[] {
  return [
    wav({ chunks: [riffChunk('data', pcm(400))] }),
    wav({ fmt: fmtChunk({ extensible: true, channels: 2, bits: 24, rate: 48000 }), chunks: [listInfo([['INAM', 'Title'], ['ICMT', 'comment']]), riffChunk('data', pcm(300))] }),
    wav({ chunks: [riffChunk('data', pcm(200)), riffChunk('junk', b64('payload in a chunk'))], trailing: cat('trailing ', b64('after the container')) }),
    wav({ container: 'RF64', chunks: [riffChunk('ds64', new Uint8Array(28)), riffChunk('data', pcm(100))] }),
    aiffFile(toInt16(pureTone(0.02, 8000)), 8000),
    auFile(toInt16(pureTone(0.02, 8000)), 8000),
  ];
}

function mp3Seeds(): Uint8Array[] {
  return [
    cat(id3v2([textFrame('TIT2', 'Title'), comm('a comment'), txxx('key', 'value')]), mp3Frames(12), id3v1('title', 'artist', 'comment')),
    cat(id3v2([apic('image/png', png()), priv('owner', b64('private'))], { version: 4 }), mp3Frames(8, false)),
    cat(mp3Frames(10), 'APETAGEX', new Uint8Array(24)),
    encoded('end-tone.mp3'),
  ];
}

function id3Seeds(): Uint8Array[] {
  return [
    id3v2([textFrame('TIT2', 'Title'), comm('comment'), geob('application/octet-stream', 'f.bin', b64('geob data'))]),
    id3v2([textFrame('TIT2', 'Title', 4), txxx('k', 'v', 4)], { version: 4, padding: 64 }),
    id3v2([textFrame('TT2', 'old', 2)], { version: 2 }),
    id3v2([textFrame('TIT2', '\xff\xfb unsync')], { flags: 0x80 }),
  ];
}

function flacSeeds(): Uint8Array[] {
  return [
    flac({ blocks: [{ type: 4, data: vorbisCommentBody('reference libFLAC', ['TITLE=t', 'ARTIST=a']) }, { type: 6, data: pictureBody('image/png', png()) }], frames: 6 }),
    flac({ blocks: [{ type: 1, data: new Uint8Array(64) }, { type: 2, data: cat('abcd', b64('application block')) }], frames: 4, noiseFrames: true, trailing: id3v1('t') }),
    cat(id3v2([textFrame('TIT2', 'tagged flac')]), flac({ frames: 3 })),
    flacFile(toInt16(pureTone(0.05, 8000)), 8000),
    cat('fLaC', flacBlock(0, new Uint8Array(34), true, 0xffffff)),
  ];
}

function oggSeeds(): Uint8Array[] {
  return [
    ogg({ comments: ['TITLE=t', `METADATA_BLOCK_PICTURE=${Buffer.from(pictureBody('image/png', png())).toString('base64')}`], audioPages: 3 }),
    ogg({ codec: 'opus', audioPages: 2, trailing: b64('after the last page') }),
    ogg({ badCrcPages: [2], between: new Uint8Array(40) }),
    encoded('end-tone.ogg'),
    encoded('end-tone.opus'),
  ];
}

const RIFF_DICT = ['RIFF', 'WAVE', 'fmt ', 'data', 'LIST', 'INFO', 'ds64', 'RF64', 'FORM', 'AIFF', 'COMM', 'SSND', 'ID3 '];

export const audioTargets: FuzzTarget[] = [
  {
    name: 'riff',
    ciRuns: 20,
    seeds: riffSeeds,
    dict: RIFF_DICT,
    check: async (d) => {
      const p = noThrow('parseRiff', () => parseRiff(d));
      ensure(p.chunks.length <= MAX_RIFF_CHUNKS_TOTAL, `${p.chunks.length} RIFF chunks (cap ${MAX_RIFF_CHUNKS_TOTAL})`);
      ensure(p.end >= 0 && p.end <= d.length, `RIFF end ${p.end} of ${d.length}`);
      ensure(!p.data || (p.data.offset >= 0 && p.data.offset + p.data.size <= d.length), () => `RIFF data ${JSON.stringify(p.data)} outside ${d.length} bytes`);
      rangesWithin({ trailing: p.trailing, unparsed: p.unparsed }, d.length, 'riff');
      await checkFile('pkg/sound.wav', d);
    },
  },
  {
    name: 'mp3',
    ciRuns: 10,
    seeds: mp3Seeds,
    dict: ['ID3', 'TAG', 'APETAGEX', 'Xing', 'Info', 'VBRI', 'LYRICSBEGIN', '\xff\xfb\x90\x64', 'fLaC'],
    check: async (d) => {
      const p = noThrow('parseMp3', () => parseMp3(d));
      ensure(p.frameCount <= MAX_MP3_FRAMES && p.frameCount <= d.length, `${p.frameCount} MP3 frames in ${d.length} bytes`);
      ensure(p.audioStart >= 0 && p.audioStart <= d.length, `audio start ${p.audioStart} of ${d.length}`);
      ensure(p.audioEnd <= d.length, `audio end ${p.audioEnd} past ${d.length}`);
      for (let i = 0; i < p.frameCount; i++) ensure(p.frameOffsets[i] + p.frameLengths[i] <= d.length, `frame ${i} at ${p.frameOffsets[i]}+${p.frameLengths[i]} past ${d.length}`);
      rangesWithin({ gaps: p.gaps, endTags: p.endTags }, d.length, 'mp3');
      await checkFile('pkg/sound.mp3', d);
    },
  },
  {
    name: 'id3',
    seeds: id3Seeds,
    dict: ['ID3', 'TIT2', 'COMM', 'APIC', 'TXXX', 'GEOB', 'PRIV', 'TAG', '\xff\x00'],
    check: async (d) => {
      const t = noThrow('parseId3v2', () => parseId3v2(d, 0));
      if (t) {
        ensure(t.frames.length <= MAX_ID3_FRAMES, `${t.frames.length} ID3 frames (cap ${MAX_ID3_FRAMES})`);
        ensure(t.offset + t.length <= d.length, `ID3 tag ${t.offset}+${t.length} past ${d.length}`);
      }
      const tt = noThrow('findTrailingTags', () => findTrailingTags(d));
      ensure(tt.audioEnd >= 0 && tt.audioEnd <= d.length, `trailing tags start at ${tt.audioEnd} of ${d.length}`);
      noThrow('parseId3v1', () => parseId3v1(d));
      await checkFile('pkg/tagged.mp3', d);
    },
  },
  {
    name: 'flac',
    ciRuns: 20,
    seeds: flacSeeds,
    dict: ['fLaC', 'ID3', '\xff\xf8', 'TITLE=', 'METADATA_BLOCK_PICTURE='],
    check: async (d) => {
      const p = noThrow('parseFlac', () => parseFlac(d, { frames: true }));
      ensure(p.blocks.length <= MAX_FLAC_BLOCKS, `${p.blocks.length} FLAC blocks (cap ${MAX_FLAC_BLOCKS})`);
      ensure(p.audioEnd <= d.length && p.audioStart <= d.length, `audio ${p.audioStart}..${p.audioEnd} of ${d.length}`);
      rangesWithin({ blocks: p.blocks, gaps: p.gaps, trailing: p.trailing, endTags: p.endTags }, d.length, 'flac');
      await checkFile('pkg/sound.flac', d);
    },
  },
  {
    name: 'ogg',
    ciRuns: 10,
    seeds: oggSeeds,
    dict: ['OggS', '\x01vorbis', '\x03vorbis', 'OpusHead', 'OpusTags', '\x7fFLAC', 'METADATA_BLOCK_PICTURE='],
    maxRandom: 8192,
    check: async (d) => {
      const p = noThrow('parseOgg', () => parseOgg(d));
      ensure(p.pages.length <= MAX_OGG_PAGES && p.streams.length <= 64, `${p.pages.length} pages, ${p.streams.length} streams`);
      ensure(p.end >= 0 && p.end <= d.length, `Ogg end ${p.end} of ${d.length}`);
      rangesWithin({ pages: p.pages, gaps: p.gaps }, d.length, 'ogg');
      await checkFile('pkg/sound.ogg', d);
    },
  },
];
