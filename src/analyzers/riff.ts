import type { Analyzer } from './types.js';

/** STUB: being written. */
export const riffAnalyzer: Analyzer = {
  name: 'riff',
  description: 'stub',
  rules: [],
  applies: () => false,
  analyze: () => {},
};
