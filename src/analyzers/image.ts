import type { Analyzer } from './types.js';

/** STUB: being written. */
export const imageAnalyzer: Analyzer = {
  name: 'image',
  description: 'stub',
  rules: [],
  applies: () => false,
  analyze: () => {},
};
