/**
 * ggwave transmissions made by ggwave's own encoder (npm `ggwave`, MIT), with its console output silenced: for the
 * multi-tone tests and the audio evaluation.
 */
import { createRequire } from 'node:module';
import type { GgwaveModule } from 'ggwave';

const require = createRequire(import.meta.url);
let gg: Promise<GgwaveModule> | null = null;

/** Float samples at `rate` of `text` sent with `protocol` (e.g. 'AUDIBLE_FAST', 'DT_NORMAL') at `volume` (1-100). */
export async function ggwaveSignal(text: string, protocol: string, rate = 48000, volume = 25): Promise<Float32Array> {
  gg ??= (require('ggwave') as (o: object) => Promise<GgwaveModule>)({ print: () => undefined, printErr: () => undefined });
  const m = await gg;
  const p = m.getDefaultParameters();
  p.sampleRateInp = rate;
  p.sampleRateOut = rate;
  const inst = m.init(p);
  try {
    const wf = m.encode(inst, text, m.ProtocolId[`GGWAVE_PROTOCOL_${protocol}`], volume);
    return new Float32Array(wf.buffer.slice(wf.byteOffset, wf.byteOffset + wf.byteLength));
  } finally {
    m.free(inst);
  }
}
