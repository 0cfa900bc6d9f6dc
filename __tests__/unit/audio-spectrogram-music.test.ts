/**
 * Spectrogram text under music, under speech and at 48 kHz: cases the glyph search used to miss (a note's onset click
 * fusing with the letters it crosses, letters of one size told apart only by fill, letters fusing on 43 ms frames at
 * 48 kHz), and cover sounds that must stay quiet.
 */
import { spectrogramAnalyzer } from '../../src/analyzers/audio-spectrogram.js';
import { toScanFile } from '../../src/analyzers/run.js';
import { spectrumOf } from '../../src/analyzers/audio-signal-common.js';
import { findTextLines } from '../../src/audio/glyphs.js';
import { runAnalyzer, ruleIds, scoreOf } from '../helpers/analyze.js';
import { mix, music, speech, spectrogramText, toInt16, wavFile } from '../helpers/signal.js';

const RULE = 'audio.spectrogram.text';

async function spectrum(name: string, data: Uint8Array) {
  const got = await spectrumOf(await toScanFile(name, data));
  if (!got) throw new Error('no spectrum');
  return got.sp;
}

describe('audio-spectrogram: text under music', () => {
  test('letters crossed by the clicks of note changes are still found (4-10 kHz, 40 dB under the music)', async () => {
    // notes change abruptly: each change is a broadband click, a vertical line through the letters it crosses
    const data = wavFile(toInt16(mix(music(4, 44100, 1303, 0.3), spectrogramText('CALL HOME', 4, { fLow: 7000, fHigh: 12000, column: 0.04, level: 0.01 })), true), { rate: 44100 });
    const sp = await spectrum('call-home.wav', data);
    const scan = findTextLines(sp);
    expect(scan.lines.length).toBeGreaterThan(0);
    const line = scan.lines[0];
    // the line sits in the drawn band, not from the bottom of the spectrum where the music is
    expect(line.f0 * sp.binHz).toBeGreaterThan(6500);
    expect((line.f1 + 1) * sp.binHz).toBeLessThan(12600);
    expect(line.glyphs.length).toBeGreaterThanOrEqual(7);
    const r = await runAnalyzer(spectrogramAnalyzer, 'call-home.wav', data);
    expect(scoreOf(r, RULE)).toBeGreaterThanOrEqual(3);
  });

  test('letters of one width and height are told apart by where their strokes are', async () => {
    // every glyph here has the same box and about the same fill: only the 3 x 3 coverage grid separates them
    const data = wavFile(toInt16(spectrogramText('PAYLOAD 42', 4, { fLow: 16000, fHigh: 19500, column: 0.055 })), { rate: 44100 });
    const scan = findTextLines(await spectrum('payload.wav', data));
    expect(scan.lines.length).toBeGreaterThan(0);
    expect(scan.lines[0].shapes).toBeGreaterThanOrEqual(5);
  });

  test('narrow letters at 48 kHz (43 ms frames, gaps under a frame) are found on half-overlapping frames', async () => {
    // rows drawn close together (10 tones per font row, 2 bins apart): letters are solid blobs, not rows of tones
    const data = wavFile(toInt16(spectrogramText('GET SHELL', 4, { rate: 48000, fLow: 14000, fHigh: 19000, column: 0.025, subRows: 10 })), { rate: 48000 });
    // on the shared frames some letters fuse and the line falls apart
    expect(findTextLines(await spectrum('shell48.wav', data)).lines).toEqual([]);
    const r = await runAnalyzer(spectrogramAnalyzer, 'shell48.wav', data);
    expect(ruleIds(r)).toEqual([RULE]);
    // times are reported on the frames the line was found on: the text starts at 0.2 s
    const [from] = r.findings[0].evidence!.seconds as number[];
    expect(from).toBeGreaterThan(0.1);
    expect(from).toBeLessThan(0.35);
  });

  test('text under speech at 0.02 is found', async () => {
    const data = wavFile(toInt16(mix(speech(5, 44100, 6011, 0.4), spectrogramText('FLAG XYZ', 5, { fLow: 7500, fHigh: 12500, column: 0.05, level: 0.02 })), true), { rate: 44100 });
    const r = await runAnalyzer(spectrogramAnalyzer, 'speech-text.wav', data);
    expect(ruleIds(r)).toEqual([RULE]);
  });

  const covers: Array<[string, Uint8Array]> = [
    ...[1301, 1302, 1303, 1304].map((seed): [string, Uint8Array] => [`music-${seed}.wav`, wavFile(toInt16(music(6, 44100, seed, 0.3), true), { rate: 44100 })]),
    ['music-48k.wav', wavFile(toInt16(music(4, 48000, 77, 0.3), true), { rate: 48000 })],
    ['speech.wav', wavFile(toInt16(speech(6, 44100, 950, 0.4), true), { rate: 44100 })],
    ['speech-over-music.wav', wavFile(toInt16(mix(speech(6, 44100, 951, 0.4), music(6, 44100, 991, 0.2)), true), { rate: 44100 })],
  ];
  test.each(covers)('the cover alone stays quiet: %s', async (name, data) => {
    const r = await runAnalyzer(spectrogramAnalyzer, name, data);
    expect(ruleIds(r)).toEqual([]);
  });
});
