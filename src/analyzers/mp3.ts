import type { Analyzer } from './types.js';

/** STUB: being written. */
export const mp3Analyzer: Analyzer = {
  name: 'mp3',
  description: 'stub',
  rules: [],
  applies: () => false,
  analyze: () => {},
};
