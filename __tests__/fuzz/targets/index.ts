/** Every fuzz target, by family (one test file per family). Target names are the fixture folder names. */
import type { FuzzTarget } from '../harness.js';
import { archiveTargets } from './archive.js';
import { audioTargets } from './audio.js';
import { imageTargets } from './image.js';
import { inputTargets } from './inputs.js';
import { pythonTargets } from './python.js';
import { decodeTargets } from './decode.js';

export const FAMILIES: Record<string, FuzzTarget[]> = {
  archive: archiveTargets,
  audio: audioTargets,
  image: imageTargets,
  inputs: inputTargets,
  python: pythonTargets,
  decode: decodeTargets,
};

export const ALL_TARGETS: FuzzTarget[] = Object.values(FAMILIES).flat();

export function targetNamed(name: string): FuzzTarget | undefined {
  return ALL_TARGETS.find((t) => t.name === name);
}
