/**
 * Parsing Python with @lezer/python under bounds. Lezer is an error-recovering LR parser: it builds a tree for any
 * input (Python 2, broken files, binary junk), which is what hostile input needs. It is not fast on pathological
 * input (error recovery on 200 KB of `}` takes seconds), so the parse runs in steps and is stopped at a time budget;
 * the tree then covers the source up to where the parse stopped, and the caller is told how far that was.
 */
import { parser } from '@lezer/python';
import type { SyntaxNode, Tree } from '@lezer/common';

export type { SyntaxNode, Tree };

export interface ParseLimits {
  /** Characters of source parsed at most. */
  maxChars: number;
  /** Milliseconds the parse may take. */
  maxMillis: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxChars: 8 * 1024 * 1024, maxMillis: 4000 };

export interface Parsed {
  tree: Tree;
  /** Characters of the source the tree covers (all of it unless a limit stopped the parse). */
  covered: number;
  /** Why the parse stopped early, when it did. */
  stopped?: string;
}

export function parsePython(src: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): Parsed {
  const text = src.length > limits.maxChars ? src.slice(0, limits.maxChars) : src;
  const t0 = performance.now();
  const parse = parser.startParse(text);
  let stopped: string | undefined = src.length > limits.maxChars ? `source longer than ${limits.maxChars} characters` : undefined;
  let steps = 0;
  for (;;) {
    const tree = parse.advance();
    if (tree) return { tree, covered: parse.stoppedAt ?? text.length, stopped };
    // the clock is read every few hundred steps: a step is a few microseconds of work
    if (++steps % 256 === 0 && parse.stoppedAt === null && performance.now() - t0 > limits.maxMillis) {
      stopped = `parse took longer than ${limits.maxMillis} ms`;
      parse.stopAt(parse.parsedPos);
    }
  }
}
