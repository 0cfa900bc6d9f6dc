import type { Analyzer } from './types.js';

/** STUB: being written. */
export const entropyAnalyzer: Analyzer = {
  name: 'entropy',
  description: 'stub',
  rules: [],
  applies: () => false,
  analyze: () => {},
};
