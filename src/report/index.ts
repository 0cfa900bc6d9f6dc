import type { ScanReport } from '../types.js';
import { renderText } from './text.js';
import { renderSummary } from './summary.js';

export type Format = 'text' | 'json' | 'markdown';
export const FORMATS: readonly Format[] = ['text', 'json', 'markdown'];

export function render(r: ScanReport, format: Format): string {
  if (format === 'json') return JSON.stringify(r, null, 2) + '\n';
  if (format === 'markdown') return renderSummary(r);
  return renderText(r);
}
