import type { Analyzer } from './types.js';

/** STUB: being written. */
export const flacAnalyzer: Analyzer = {
  name: 'flac',
  description: 'stub',
  rules: [],
  applies: () => false,
  analyze: () => {},
};
