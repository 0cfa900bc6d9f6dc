import type { Analyzer } from './types.js';

/** STUB: being written. */
export const stringsAnalyzer: Analyzer = {
  name: 'strings',
  description: 'stub',
  rules: [],
  applies: () => false,
  analyze: () => {},
};
