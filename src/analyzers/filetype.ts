import type { Analyzer } from './types.js';

/** STUB: being written. */
export const filetypeAnalyzer: Analyzer = {
  name: 'filetype',
  description: 'stub',
  rules: [],
  applies: () => false,
  analyze: () => {},
};
