import type { Analyzer } from './types.js';

/** STUB: being written. */
export const oggAnalyzer: Analyzer = {
  name: 'ogg',
  description: 'stub',
  rules: [],
  applies: () => false,
  analyze: () => {},
};
