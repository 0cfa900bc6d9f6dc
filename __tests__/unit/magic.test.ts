import { detectMagic, detectType, isELF, isPE } from '../../src/formats/magic.js';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

function pe(): Uint8Array {
  const d = new Uint8Array(256);
  d.set(bytes('MZ'));
  d[0x3c] = 0x80;
  d.set(bytes('PE\0\0'), 0x80);
  return d;
}

describe('magic', () => {
  test('recognises WAV, PNG, ELF, PE and zip by content', () => {
    expect(detectMagic(bytes('RIFF\x24\0\0\0WAVEfmt '))?.format).toBe('wav');
    expect(detectMagic(bytes('\x89PNG\r\n\x1a\n\0\0\0\rIHDR'))?.format).toBe('png');
    expect(detectMagic(bytes('\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0'))?.kind).toBe('executable');
    expect(detectMagic(pe())?.format).toBe('pe');
    expect(detectMagic(bytes('PK\x03\x04rest'))?.format).toBe('zip');
  });

  test('MZ alone is not a PE: e_lfanew must point at PE\\0\\0', () => {
    const d = pe();
    d[0x80] = 0;
    expect(isPE(d)).toBe(false);
    expect(isELF(bytes('\x7fELF\x09'))).toBe(false);
  });

  test('text and Python are told apart from binary data', async () => {
    expect((await detectType(bytes('import os\nprint(1)\n'))).kind).toBe('python');
    expect((await detectType(bytes('just some words\n'))).kind).toBe('text');
    expect((await detectType(new Uint8Array([0, 1, 2, 3, 250, 0, 7]))).kind).toBe('unknown');
  });
});

describe('MPEG audio without a tag', () => {
  test('two consecutive frame headers make an MP3; a UTF-16LE byte-order mark does not', async () => {
    // MPEG-1 layer III, 128 kbit/s, 44.1 kHz, no padding: 417-byte frames
    const frame = new Uint8Array(417);
    frame.set([0xff, 0xfb, 0x90, 0x00]);
    const two = new Uint8Array(834);
    two.set(frame);
    two.set(frame, 417);
    expect(detectMagic(two)?.format).toBe('mp3');
    const utf16 = new Uint8Array(Buffer.from('\ufeff<?xml version="1.0"?><score/>', 'utf16le'));
    expect(detectMagic(utf16)?.format).not.toBe('mp3');
  });
});
