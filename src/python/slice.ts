/**
 * Choosing the parts of a module worth parsing. @lezer/python parses 0.5–3 MB/s, and real packages hold gigabytes of
 * Python, most of it unrelated to any loader: a module with one `subprocess.run` in one method is mostly other code.
 * A linear scan (strings, comments, brackets and indentation, no parsing) splits the module into top-level statements,
 * and class bodies into their members; the analysis then parses only:
 *   - import statements, and top-level statements that are small (module-level code runs at import);
 *   - every statement or member that holds an anchor word (anchors.ts);
 *   - the functions, classes and methods whose names the kept code mentions, transitively.
 * The kept parts are joined in order (class headers stay, with `pass` standing in for the members left out) and the
 * analysis maps offsets back to the original source. Code left out can only matter through a name the kept code
 * mentions, and those are kept.
 */

export interface Sliced {
  /** The text to parse. */
  text: string;
  /** Offset in the original source of text position `i` is `map(i)`. */
  map(i: number): number;
  /** Characters kept. */
  kept: number;
}

interface Line {
  start: number;
  /** Start of the first token (after the indentation). */
  first: number;
  indent: number;
}

/** Index of the last element of an ascending array that is <= x (0 when none is). */
export function floorIndex(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Logical lines (brackets, strings and backslash continuations joined), with their indentation. */
function logicalLines(src: string): Line[] | null {
  const lines: Line[] = [];
  const n = src.length;
  let i = 0;
  let depth = 0;
  let atStart = true;
  while (i < n) {
    if (atStart) {
      let j = i;
      let indent = 0;
      while (j < n) {
        const c = src.charCodeAt(j);
        if (c === 32) indent++;
        else if (c === 9) indent = (indent + 8) & ~7;
        else if (c !== 12) break;
        j++;
      }
      const c = src.charCodeAt(j);
      if (j >= n) break;
      if (c === 10 || c === 13) {
        i = j + 1;
        continue;
      }
      if (c === 35) {
        // a comment-only line
        while (j < n && src.charCodeAt(j) !== 10 && src.charCodeAt(j) !== 13) j++;
        i = j;
        continue;
      }
      lines.push({ start: i, first: j, indent });
      atStart = false;
      i = j;
      continue;
    }
    const c = src.charCodeAt(i);
    if (c === 35) {
      while (i < n && src.charCodeAt(i) !== 10 && src.charCodeAt(i) !== 13) i++;
      continue;
    }
    if (c === 39 || c === 34) {
      const triple = src.charCodeAt(i + 1) === c && src.charCodeAt(i + 2) === c;
      if (triple) {
        i += 3;
        for (;;) {
          if (i >= n) return lines;
          const d = src.charCodeAt(i);
          if (d === 92) i += 2;
          else if (d === c && src.charCodeAt(i + 1) === c && src.charCodeAt(i + 2) === c) {
            i += 3;
            break;
          } else i++;
        }
      } else {
        i++;
        for (;;) {
          if (i >= n) return lines;
          const d = src.charCodeAt(i);
          if (d === 92) i += 2;
          else if (d === c) {
            i++;
            break;
          } else if (d === 10 || d === 13) break;
          else i++;
        }
      }
      continue;
    }
    if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93 || c === 125) depth = depth > 0 ? depth - 1 : 0;
    else if (c === 92 && (src.charCodeAt(i + 1) === 10 || src.charCodeAt(i + 1) === 13)) {
      i += src.charCodeAt(i + 1) === 13 && src.charCodeAt(i + 2) === 10 ? 3 : 2;
      continue;
    } else if ((c === 10 || c === 13) && depth === 0) atStart = true;
    i++;
  }
  return lines;
}

const WORD = /^[A-Za-z_]\w*/;

function firstWord(src: string, at: number): string {
  const m = WORD.exec(src.slice(at, at + 40));
  return m ? m[0] : src[at] ?? '';
}

interface Chunk {
  start: number;
  end: number;
  kind: 'import' | 'def' | 'class' | 'stmt';
  name: string;
  /** Members of a class body (kind 'def' for methods, 'stmt' for the rest). */
  members?: Chunk[];
  /** End of a class header (start of its first member). */
  headerEnd?: number;
  bodyIndent?: number;
}

function defName(src: string, at: number): string {
  const m = /^(?:async\s+)?(?:def|class)\s+([A-Za-z_]\w*)/.exec(src.slice(at, at + 200));
  return m ? m[1] : '';
}

/** Group lines into statements at one indentation level: a statement runs until the next line at that level. */
function group(src: string, lines: Line[], from: number, to: number, level: number, end: number): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  let decorated = false;
  for (let k = from; k < to; k++) {
    const ln = lines[k];
    if (ln.indent !== level) continue;
    const w = firstWord(src, ln.first);
    if (cur && (w === 'else' || w === 'elif' || w === 'except' || w === 'finally')) continue;
    if (cur && decorated && (w === 'def' || w === 'class' || w === 'async' || w === '@')) {
      if (w !== '@') {
        cur.kind = w === 'class' ? 'class' : 'def';
        cur.name = defName(src, ln.first);
        decorated = false;
      }
      continue;
    }
    if (cur) cur.end = ln.start;
    const kind: Chunk['kind'] = w === 'import' || w === 'from' ? 'import' : w === 'def' || w === 'async' ? 'def' : w === 'class' ? 'class' : 'stmt';
    cur = { start: ln.start, end, kind, name: kind === 'def' || kind === 'class' ? defName(src, ln.first) : '' };
    if (kind === 'def' && !cur.name) cur.kind = 'stmt';
    decorated = w === '@';
    out.push(cur);
  }
  return out;
}

/** Top-level statements, and the members of top-level classes. */
function chunks(src: string): Chunk[] | null {
  const lines = logicalLines(src);
  if (!lines || lines.length === 0) return null;
  // the first statement sets the module's level (a file indented as a whole is still one level)
  const level = lines[0].indent;
  const top = group(src, lines, 0, lines.length, level, src.length);
  let k = 0;
  for (const c of top) {
    if (c.kind !== 'class') continue;
    while (k < lines.length && lines[k].start < c.start) k++;
    const from = k + 1;
    let to = from;
    while (to < lines.length && lines[to].start < c.end) to++;
    if (from >= to || lines[from].indent <= level) continue;
    c.bodyIndent = lines[from].indent;
    c.headerEnd = lines[from].start;
    c.members = group(src, lines, from, to, c.bodyIndent, c.end);
  }
  return top;
}

/**
 * Identifiers of code, outside string literals and comments: docstrings name other functions ("See also ..."), and
 * following those would keep most of a module.
 */
function codeIdents(text: string, out: (w: string) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 35) {
      while (i < n && text.charCodeAt(i) !== 10) i++;
    } else if (c === 39 || c === 34) {
      const triple = text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c;
      i += triple ? 3 : 1;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 92) i += 2;
        else if (d === c && (!triple || (text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c))) {
          i += triple ? 3 : 1;
          break;
        } else if (!triple && d === 10) break;
        else i++;
      }
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) {
      const s = i;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if ((d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d === 95 || (d >= 48 && d <= 57)) i++;
        else break;
      }
      out(text.slice(s, i));
    } else i++;
  }
}

/**
 * The parts of `src` worth parsing (see above), or null when the whole source should be parsed (small files, or a
 * layout the scan does not understand). `anchored(text)` says whether a piece holds an anchor word.
 */
export function slicePython(src: string, anchored: (text: string) => boolean, minSize = 16 * 1024): Sliced | null {
  if (src.length < minSize) return null;
  const top = chunks(src);
  if (!top || top.length < 2) return null;
  // a class is kept whole when it holds an anchor (its methods share `self`); a class only mentioned by kept code keeps
  // its header, its class-level statements and its special methods (construction and calls)
  const keep = new Set<Chunk>();
  const whole = new Set<Chunk>();
  const byName = new Map<string, Chunk[]>();
  const ids = new Set<string>();
  const pending: Chunk[] = [];
  const take = (c: Chunk): void => {
    if (keep.has(c)) return;
    keep.add(c);
    pending.push(c);
  };
  const named = (c: Chunk): void => {
    const l = byName.get(c.name);
    if (l) l.push(c);
    else byName.set(c.name, [c]);
  };
  const SELF_STATE = /\bself\.(\w+)(?:\[[^\]\n]*\])?\s*(?:=[^=]|[-+|^&]=)/g;
  const SELF_READ = /\bself\.(\w+)/g;
  for (const c of top) {
    if (c.name && c.kind !== 'stmt') named(c);
    if (c.kind === 'import') take(c);
    else if (c.kind === 'stmt') {
      if (c.end - c.start <= 2048 || anchored(src.slice(c.start, c.end))) take(c);
    } else if (c.kind === 'def') {
      if (anchored(src.slice(c.start, c.end))) take(c);
    } else if (c.members && c.headerEnd !== undefined) {
      const hit = c.members.filter((m) => anchored(src.slice(m.start, m.end)));
      if (hit.length || anchored(src.slice(c.start, c.headerEnd))) {
        // an anchored class: its anchored methods, the methods that set an attribute of self those methods read, and
        // (below) the methods the kept code names
        whole.add(c);
        take(c);
        const read = new Set<string>();
        for (const m of hit) for (const a of src.slice(m.start, m.end).matchAll(SELF_READ)) read.add(a[1]);
        for (const m of c.members) {
          if (m.kind === 'def') named(m);
          if (hit.includes(m)) take(m);
          else if (m.kind === 'def' && read.size) {
            const text = src.slice(m.start, m.end);
            if (/\bsetattr\s*\(\s*self\b/.test(text) || [...text.matchAll(SELF_STATE)].some((a) => read.has(a[1]))) take(m);
          }
        }
      }
    } else if (anchored(src.slice(c.start, c.end))) take(c);
  }
  if (keep.size === 0) return { text: '', map: (i) => i, kept: 0 };
  const addIdents = (text: string): void =>
    codeIdents(text, (w) => {
      if (ids.has(w)) return;
      ids.add(w);
      for (const d of byName.get(w) ?? []) take(d);
    });
  // names mentioned by what is kept bring in their definitions, transitively
  while (pending.length) {
    const c = pending.pop()!;
    if (c.kind === 'class' && c.members && c.headerEnd !== undefined) {
      addIdents(src.slice(c.start, c.headerEnd));
      // every kept class keeps its class-level statements and special methods (construction, calls, context)
      for (const m of c.members) if (m.kind !== 'def' || m.name.startsWith('__')) take(m);
    } else addIdents(src.slice(c.start, c.end));
  }
  const members = (c: Chunk): Chunk[] => (c.members ?? []).filter((m) => keep.has(m));
  // assemble: kept top-level statements whole, kept classes member by member
  const pieces: Array<[number, number]> = [];
  const stubs: Array<[number, string]> = [];
  for (const c of top) {
    if (!keep.has(c)) continue;
    if (c.kind === 'class' && c.members && c.headerEnd !== undefined) {
      pieces.push([c.start, c.headerEnd]);
      const ms = members(c);
      for (const m of ms) pieces.push([m.start, m.end]);
      if (!ms.length) stubs.push([pieces.length, `${' '.repeat(c.bodyIndent ?? 4)}pass\n`]);
    } else pieces.push([c.start, c.end]);
  }
  let text = '';
  const segNew: number[] = [];
  const segOld: number[] = [];
  let stubAt = 0;
  for (let p = 0; p < pieces.length; p++) {
    while (stubAt < stubs.length && stubs[stubAt][0] === p) {
      segNew.push(text.length);
      segOld.push(pieces[p - 1]?.[1] ?? 0);
      text += stubs[stubAt++][1];
    }
    const [a, b] = pieces[p];
    let piece = src.slice(a, b);
    if (!/[\r\n]$/.test(piece)) piece += '\n';
    segNew.push(text.length);
    segOld.push(a);
    text += piece;
  }
  while (stubAt < stubs.length) {
    segNew.push(text.length);
    segOld.push(pieces[pieces.length - 1]?.[1] ?? 0);
    text += stubs[stubAt++][1];
  }
  const map = (i: number): number => {
    const lo = floorIndex(segNew, i);
    return segOld[lo] + (i - segNew[lo]);
  };
  return { text, map, kept: text.length };
}
