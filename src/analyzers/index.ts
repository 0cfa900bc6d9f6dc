import type { Analyzer } from './types.js';
import { filetypeAnalyzer } from './filetype.js';
import { entropyAnalyzer } from './entropy.js';
import { stringsAnalyzer } from './strings.js';
import { pthAnalyzer } from './pth.js';
import { loaderAnalyzer } from './loader.js';
import { riffAnalyzer } from './riff.js';
import { mp3Analyzer } from './mp3.js';
import { flacAnalyzer } from './flac.js';
import { oggAnalyzer } from './ogg.js';
import { imageAnalyzer } from './image.js';
import { notAudioAnalyzer } from './audio-notaudio.js';
import { lsbAnalyzer } from './audio-lsb.js';
import { spectrogramAnalyzer } from './audio-spectrogram.js';
import { modemAnalyzer } from './audio-modem.js';
import { ARCHIVE_RULES } from '../archive/rules.js';
import type { RuleMeta } from '../types.js';

/** The registry: every analyzer, in the order they run on each file. */
export const ANALYZERS: readonly Analyzer[] = [
  filetypeAnalyzer,
  entropyAnalyzer,
  stringsAnalyzer,
  pthAnalyzer,
  loaderAnalyzer,
  riffAnalyzer,
  mp3Analyzer,
  flacAnalyzer,
  oggAnalyzer,
  notAudioAnalyzer,
  lsbAnalyzer,
  spectrogramAnalyzer,
  modemAnalyzer,
  imageAnalyzer,
];

/** Every rule the scanner can report, by id (archive rules are reported by the unpacker). */
export function allRules(): Map<string, RuleMeta> {
  const m = new Map<string, RuleMeta>();
  for (const r of Object.values(ARCHIVE_RULES)) m.set(r.id, r);
  for (const a of ANALYZERS) for (const r of a.rules) {
    if (m.has(r.id)) throw new Error(`duplicate rule id ${r.id}`);
    m.set(r.id, r);
  }
  return m;
}
