import type { Analyzer } from './types.js';

/** STUB: being written. */
export const pthAnalyzer: Analyzer = {
  name: 'pth',
  description: 'stub',
  rules: [],
  applies: () => false,
  analyze: () => {},
};
