/**
 * Spectrogram text at the sample rates packages ship (16, 22.05, 32, 48 kHz) and with one to three tones per font row:
 * the rows then stand apart at the analysis' resolution (how far depends on the band and on the FFT size, so on the
 * rate), each letter is a stack of dots and dashes rather than a blob, and the glyph search used to miss it. Covers at
 * 16 kHz must stay quiet.
 */
import { spectrogramAnalyzer } from '../../src/analyzers/audio-spectrogram.js';
import { toScanFile } from '../../src/analyzers/run.js';
import { spectrumOf } from '../../src/analyzers/audio-signal-common.js';
import { findTextLines } from '../../src/audio/glyphs.js';
import { runAnalyzer, ruleIds, scoreOf } from '../helpers/analyze.js';
import { beeps, mix, music, speech, spectrogramText, toInt16, wavFile } from '../helpers/signal.js';

const RULE = 'audio.spectrogram.text';

interface Case {
  word: string;
  rate: number;
  fLow: number;
  fHigh: number;
  column: number;
  subRows: number;
  seconds: number;
}

const cases: Array<[string, Case]> = [
  ['16 kHz, 3-7 kHz, one tone per row, 35 ms columns', { word: 'CALL HOME', rate: 16000, fLow: 3000, fHigh: 7000, column: 0.035, subRows: 1, seconds: 4 }],
  ['16 kHz, 3-7 kHz, one tone per row, 100 ms columns', { word: 'CALL HOME', rate: 16000, fLow: 3000, fHigh: 7000, column: 0.1, subRows: 1, seconds: 6 }],
  ['16 kHz, 4-7.6 kHz, three tones per row', { word: 'HELLO WORLD', rate: 16000, fLow: 4000, fHigh: 7600, column: 0.06, subRows: 3, seconds: 5 }],
  ['22.05 kHz, 5-10 kHz, three tones per row', { word: 'CALL HOME', rate: 22050, fLow: 5000, fHigh: 10000, column: 0.035, subRows: 3, seconds: 4 }],
  ['22.05 kHz, 2.5-6.5 kHz, two tones per row', { word: 'ABC 123', rate: 22050, fLow: 2500, fHigh: 6500, column: 0.06, subRows: 2, seconds: 3 }],
  ['32 kHz, 8-14 kHz, one tone per row', { word: 'CALL HOME', rate: 32000, fLow: 8000, fHigh: 14000, column: 0.035, subRows: 1, seconds: 4 }],
  ['48 kHz, 9-15 kHz, one tone per row (found before only as the dashes of one row, in a 1 kHz band)', { word: 'RUN ME NOW', rate: 48000, fLow: 9000, fHigh: 15000, column: 0.05, subRows: 1, seconds: 4 }],
];

function drawn(c: Case): Uint8Array {
  const x = spectrogramText(c.word, c.seconds, { rate: c.rate, fLow: c.fLow, fHigh: c.fHigh, column: c.column, subRows: c.subRows });
  return wavFile(toInt16(x, true), { rate: c.rate });
}

describe('audio-spectrogram: text at other sample rates', () => {
  test.each(cases)('found: %s', async (_name, c) => {
    const data = drawn(c);
    const r = await runAnalyzer(spectrogramAnalyzer, 'text.wav', data);
    expect(ruleIds(r)).toEqual([RULE]);
    expect(scoreOf(r, RULE)).toBeGreaterThanOrEqual(3);
    const ev = r.findings[0].evidence!;
    // the reported band is the drawn text's (all its rows), not one row of it, and the time is where the text starts
    const [lo, hi] = ev.bandHz as number[];
    expect(lo).toBeGreaterThan(c.fLow - 300);
    expect(lo).toBeLessThan(c.fLow + 300);
    expect(hi).toBeGreaterThan(c.fHigh - 300);
    expect(hi).toBeLessThan(c.fHigh + 300);
    const [from] = ev.seconds as number[];
    expect(from).toBeGreaterThan(0.1);
    expect(from).toBeLessThan(0.35);
    // found on the picture of the tone rows: every drawn row is one (7 font rows, each drawn with subRows tones)
    expect(ev.toneRows).toBe(7 * c.subRows);
    expect(r.findings[0].message).toMatch(/rows of tones/);
  });

  test('on the shared spectrogram already (no second pass needed), at 16 kHz', async () => {
    const got = await spectrumOf(await toScanFile('text16.wav', drawn(cases[0][1])));
    expect(got).not.toBeNull();
    const scan = findTextLines(got!.sp);
    expect(scan.lines.length).toBeGreaterThan(0);
    expect(scan.lines[0].rows).toBe(7);
    expect(scan.lines[0].glyphs.length).toBeGreaterThanOrEqual(5);
  });

  const covers: Array<[string, Uint8Array]> = [
    ['speech at 16 kHz', wavFile(toInt16(speech(6, 16000, 950, 0.4), true), { rate: 16000 })],
    ['music at 16 kHz', wavFile(toInt16(music(6, 16000, 1301, 0.3), true), { rate: 16000 })],
    ['speech over music at 16 kHz', wavFile(toInt16(mix(speech(6, 16000, 951, 0.4), music(6, 16000, 991, 0.2)), true), { rate: 16000 })],
    ['UI beeps at 16 kHz', wavFile(toInt16(beeps(4, 16000, 12), true), { rate: 16000 })],
    ['music at 22.05 kHz', wavFile(toInt16(music(6, 22050, 1302, 0.3), true), { rate: 22050 })],
  ];
  test.each(covers)('the cover stays quiet: %s', async (name, data) => {
    const r = await runAnalyzer(spectrogramAnalyzer, `${name}.wav`, data);
    expect(ruleIds(r)).toEqual([]);
  });
});

describe('audio-spectrogram: what a line of tone rows must look like to be text', () => {
  // 16 kHz, one tone per font row, 3-7 kHz: found only on the picture of tone rows (see the cases above)
  const rate = 16000;
  const even = [7000, 6333, 5667, 5000, 4333, 3667, 3000];
  const draw = (rowFreqs: number[]): Uint8Array => wavFile(toInt16(spectrogramText('CALL HOME', 4, { rate, subRows: 1, column: 0.035, rowFreqs }), true), { rate });

  test('evenly spaced rows: text', async () => {
    expect(ruleIds(await runAnalyzer(spectrogramAnalyzer, 'even.wav', draw(even)))).toEqual([RULE]);
  });

  test('rows at uneven gaps (as partials of a voice sit) are not text', async () => {
    const uneven = [7000, 6700, 5600, 5300, 4100, 3300, 3000];
    expect(ruleIds(await runAnalyzer(spectrogramAnalyzer, 'uneven.wav', draw(uneven)))).toEqual([]);
  });
});
