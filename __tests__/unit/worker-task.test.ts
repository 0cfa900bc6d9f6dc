/**
 * A scan thread's task owns the bytes moved to it: once the task has its result they are freed at once where Node can
 * (ArrayBuffer transfer, Node 21+), and the result holds nothing of them; on Node 20 they are left to the collector.
 */
import { createHash } from 'node:crypto';
import { MessageChannel } from 'node:worker_threads';
import run from '../../src/workers/worker.js';
import type { ArtifactReport } from '../../src/types.js';
import type { FileResult } from '../../src/analyzers/run.js';
import { defaultOptions } from '../../src/options.js';
import { buildWheel } from '../helpers/archive.js';
import { fskSignal, mix, noiseFloor, toInt16, wavFile } from '../helpers/signal.js';

const canFree = typeof (ArrayBuffer.prototype as { transfer?: unknown }).transfer === 'function';
const modemWav = () => wavFile(toInt16(mix(fskSignal(new TextEncoder().encode('exec(open("/tmp/x").read())'), { rate: 44100 }), noiseFloor(4, 44100, 3, 0.002)), true), { rate: 44100 });

test('an artifact task: the report is whole and the bytes moved to the thread are freed after it', async () => {
  const data = new Uint8Array(buildWheel('tone', '1.0', { 'tone/__init__.py': 'X = 1\n', 'tone/a.wav': modemWav() }));
  const buffer = data.buffer as ArrayBuffer;
  const size = buffer.byteLength;
  const r = (await run({ kind: 'artifact', file: 'tone-1.0-py3-none-any.whl', path: 'tone.whl', buffer, byteOffset: 0, length: data.length, options: defaultOptions(), sha256: 'ab', jobs: 1 })) as ArtifactReport;
  expect(r.status).toBe('scanned');
  expect(r.findings.map((f) => f.rule)).toContain('audio.modem.fsk');
  expect(r.size).toBe(size);
  expect(buffer.byteLength).toBe(canFree ? 0 : size);
});

test('a member task: its findings come back and its bytes are freed after it', async () => {
  const wav = new Uint8Array(modemWav());
  const buffer = wav.buffer as ArrayBuffer;
  const r = (await run({ kind: 'member', path: 'pkg/a.wav', depth: 0, buffer, byteOffset: 0, length: wav.length, options: defaultOptions() })) as FileResult;
  expect(r.findings.map((f) => f.rule)).toContain('audio.modem.fsk');
  expect(buffer.byteLength).toBe(canFree ? 0 : wav.length);
});

test('an artifact task without a hash: the thread computes it and sends it on the port before scanning; the report has it', async () => {
  const data = new Uint8Array(buildWheel('tone', '1.0', { 'tone/__init__.py': 'X = 1\n' }));
  const want = createHash('sha256').update(data).digest('hex');
  const { port1, port2 } = new MessageChannel();
  const got: unknown[] = [];
  port1.on('message', (m) => got.push(m));
  try {
    const task = { kind: 'artifact' as const, file: 'tone-1.0-py3-none-any.whl', path: 'tone.whl', buffer: data.buffer as ArrayBuffer, byteOffset: 0, length: data.length, options: defaultOptions(), port: port2, jobs: 1 };
    const r = (await run(task)) as ArtifactReport;
    await new Promise((resolve) => setImmediate(resolve));
    expect(r.sha256).toBe(want);
    expect(got).toEqual([{ sha256: want }]);
  } finally {
    port1.close();
  }
});

test('an artifact task with the hash the main thread computed: nothing is sent, the report keeps that hash', async () => {
  const data = new Uint8Array(buildWheel('tone', '1.0', { 'tone/__init__.py': 'X = 1\n' }));
  const { port1, port2 } = new MessageChannel();
  const got: unknown[] = [];
  port1.on('message', (m) => got.push(m));
  try {
    const r = (await run({ kind: 'artifact', file: 'tone-1.0-py3-none-any.whl', path: 'tone.whl', buffer: data.buffer as ArrayBuffer, byteOffset: 0, length: data.length, options: defaultOptions(), sha256: 'ab', port: port2, jobs: 1 })) as ArtifactReport;
    await new Promise((resolve) => setImmediate(resolve));
    expect(r.sha256).toBe('ab');
    expect(got).toEqual([]);
  } finally {
    port1.close();
  }
});
