/** Plain PCM audio for tests, examples and the benchmark: a 16-bit mono WAV and a tone that behaves like a recording. */

/** 16-bit mono PCM WAV around the given sample bytes (padded to even length), optionally followed by `trailing`. */
export function wav(pcm: Uint8Array, rate = 22050, trailing: Uint8Array = new Uint8Array(0)): Uint8Array {
  return pcmWav(pcm, { rate, trailing });
}

/** 16-bit PCM WAV of interleaved samples, `channels` of them per frame. */
export function pcmWav(pcm: Uint8Array, opts: { rate: number; channels?: number; trailing?: Uint8Array }): Uint8Array {
  const { rate, channels = 1, trailing = new Uint8Array(0) } = opts;
  const pad = pcm.length & 1;
  const h = Buffer.alloc(44);
  h.write('RIFF', 0, 'latin1');
  h.writeUInt32LE(36 + pcm.length + pad, 4);
  h.write('WAVEfmt ', 8, 'latin1');
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(channels, 22);
  h.writeUInt32LE(rate, 24);
  h.writeUInt32LE(rate * 2 * channels, 28);
  h.writeUInt16LE(2 * channels, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36, 'latin1');
  h.writeUInt32LE(pcm.length, 40);
  return new Uint8Array(Buffer.concat([h, pcm, Buffer.alloc(pad), trailing]));
}

/** A decaying tone with a little noise: what a real sound effect looks like byte-wise. */
export function tone(seconds: number, rate = 22050): Uint8Array {
  const n = Math.floor(seconds * rate);
  const b = Buffer.alloc(n * 2);
  let seed = 1;
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const noise = ((seed >> 8) % 64) - 32;
    const v = Math.round(8000 * Math.exp(-i / (rate * 0.8)) * Math.sin((2 * Math.PI * 440 * i) / rate)) + noise;
    b.writeInt16LE(v, i * 2);
  }
  return new Uint8Array(b);
}

