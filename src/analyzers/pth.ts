import type { Analyzer, AnalyzerContext } from './types.js';
import { defineRules } from './types.js';
import type { ScanFile } from '../types.js';
import { defang, findEncodedRuns, inspectRun } from '../decode/index.js';

/**
 * `.pth` files: at every interpreter start, site.py reads each `.pth` file in site-packages and executes every line
 * that starts with `import` followed by a space or a tab (other lines are added to sys.path). This is a well-known
 * persistence trick, so every executable line is reported, scored by what it does: ordinary `.pth` lines (a plain
 * import, the namespace-package `-nspkg.pth` one-liner, setuptools' `_distutils_hack` shim, coverage's startup hook)
 * score about 1; lines that execute decoded data, start processes, reach the network or write files score up to 9.
 */

export const PTH_RULES = defineRules({
  exec: {
    id: 'code.pth-exec',
    category: 'code',
    weight: 9,
    description: 'A .pth line that site.py executes at every interpreter start, scored by what the code does.',
  },
});

/** Executable lines reported per file at most (all are checked; the strongest are reported). */
const MAX_REPORTED = 20;
/** Executable lines examined at most (site.py has no limit, but a hostile file can hold millions). */
const MAX_EXEC_LINES = 200_000;
/** Characters of a line the patterns read at once; longer lines are read in overlapping windows. */
const MAX_LINE_CHARS = 64 * 1024;
const LINE_OVERLAP = 4096;
/** Bytes of one executable line examined at most; past that the file is reported incomplete. */
const MAX_LINE_BYTES = 64 * 1024 * 1024;

interface Signal {
  name: string;
  /** Score out of 9 the signal alone gives the line. */
  score: number;
  re: RegExp;
}

const SIGNALS: Signal[] = [
  { name: 'exec/eval', score: 8, re: /(?<![\w.])(?:exec|eval|execfile|compile)\s*\(/ },
  { name: 'decode', score: 6, re: /\bb(?:64|32|16|85)decode\b|\bdecodebytes\b|\bbase64\b|\bcodecs\.decode\b|\bzlib\b|\bbz2\b|\blzma\b|\bmarshal\b|\bpickle\.loads?\b|\bbytes\.fromhex\b|\bunhexlify\b|\.decode\(\s*['"](?:hex|rot.?13|base64|zlib)/ },
  { name: 'process', score: 9, re: /\bsubprocess\b|\bos\.(?:system|popen|exec[lv]p?e?|spawn\w*|startfile|fork)\b|\bPopen\b|\bpty\b|\bcommands\b|['"](?:system|popen)['"]/ },
  { name: 'network', score: 9, re: /\burllib\d?\b|\burlopen\b|\bsocket\b|\brequests\b|\bhttp\.client\b|\bhttplib\b|\bhttpx\b|\bftplib\b|\bsmtplib\b|\b(?:https?|ftp):\/\// },
  { name: 'native', score: 8, re: /\bctypes\b|\bcffi\b|\bmmap\b/ },
  { name: 'file-write', score: 6, re: /\bopen\s*\([^)]{0,300},\s*['"][^'"]{0,8}[wax+]|\.write(?:_text|_bytes)?\s*\(|\bshutil\.(?:copy|move|rmtree)|\bos\.(?:remove|unlink|rename|replace|chmod)\b/ },
  { name: 'obfuscation', score: 6, re: /(?:\bchr\s*\(\s*\d+\s*\)\s*\+?\s*){4}|(?:\\x[0-9a-fA-F]{2}){4}|\bgetattr\s*\(\s*__builtins__|\b__builtins__\s*\[|\[::-1\]|\blambda\b[^:]{0,100}:[^;]{0,300}\bjoin\b/ },
  { name: 'environment', score: 1, re: /\bos\.environ\b|\bgetenv\b|\bsys\.argv\b/ },
];

/** `__import__` or `import_module` of something other than a string literal of a dotted name. */
const COMPUTED_IMPORT = /\b(?:__import__|import_module)\s*\(\s*(?!['"][\w.]+['"]\s*[,)])/;
/** Literal imports whose module name is itself a signal (`__import__('base64')`, `__import__("subprocess")`). */
const LITERAL_IMPORT = /\b(?:__import__|import_module)\s*\(\s*['"]([\w.]+)['"]/g;

export interface PthLineVerdict {
  score: number;
  signals: string[];
}

/** `exec('...')` / `eval("...")` of a single plain string literal: the literal is the code that runs. */
const EXEC_LITERAL = /(?<![\w.])(?:exec|eval)\s*\(\s*(['"])((?:\\.|(?!\1)[^\\\n])*)\1\s*\)/g;

/** Undo Python string escapes of a plain (non-raw) literal. */
function unescapePy(s: string): string {
  return s.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[0-7]{1,3}|.)/g, (_m, e: string) => {
    if (e[0] === 'x' || e[0] === 'u') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return ({ n: '\n', t: '\t', r: '\r', '0': '\0' } as Record<string, string>)[e] ?? e;
  });
}

/**
 * Score one executable .pth line (the text after `import`), 1..9. site.py executes the whole line, so a long line is
 * read in overlapping windows: code hidden after padding counts like code at the start.
 */
export function scorePthLine(line: string, depth = 0): PthLineVerdict {
  const signals: string[] = [];
  let score = 1;
  for (let w = 0; w < line.length || w === 0; w += MAX_LINE_CHARS - LINE_OVERLAP) {
    const v = scoreWindow(line.length > MAX_LINE_CHARS ? line.slice(w, w + MAX_LINE_CHARS) : line, depth);
    for (const x of v.signals) if (!signals.includes(x)) signals.push(x);
    score = Math.max(score, v.score);
    if (w + MAX_LINE_CHARS >= line.length) break;
  }
  // executing decoded or obfuscated data is the dropper pattern; several independent capabilities add up
  if (signals.includes('exec/eval') && (signals.includes('decode') || signals.includes('obfuscation') || signals.includes('computed-import'))) score = 9;
  else if (signals.filter((x) => x !== 'environment' && x !== 'exec-literal').length >= 2) score = Math.min(9, score + 1);
  // a very long line is not what any packaging tool writes
  if (line.length > 2000) {
    signals.push('long-line');
    score = Math.max(score, 5);
  }
  return { score, signals };
}

/** Signals of one window of a line (at most MAX_LINE_CHARS), and the score of the strongest. */
function scoreWindow(orig: string, depth: number): PthLineVerdict {
  const signals: string[] = [];
  let score = 1;
  const hit = (name: string, v: number): void => {
    if (!signals.includes(name)) signals.push(name);
    score = Math.max(score, v);
  };
  // exec of a string literal is an indirection, not hidden code: score the literal's code instead (coverage's
  // startup hook is written this way). The code inside is scored like the line itself.
  let s = orig;
  if (depth < 2) {
    s = orig.replace(EXEC_LITERAL, (_m, _q: string, body: string) => {
      const inner = scorePthLine(unescapePy(body), depth + 1);
      hit('exec-literal', 2);
      for (const x of inner.signals) if (!signals.includes(x)) signals.push(x);
      score = Math.max(score, inner.score);
      return ' ';
    });
  }
  for (const sig of SIGNALS) if (sig.re.test(sig.name === 'obfuscation' ? orig : s)) hit(sig.name, sig.score);
  if (COMPUTED_IMPORT.test(s)) hit('computed-import', 7);
  for (const m of s.matchAll(LITERAL_IMPORT)) {
    const mod = m[1];
    for (const sig of SIGNALS) if (sig.score >= 6 && sig.re.test(mod)) hit(sig.name, sig.score);
  }
  return { score, signals };
}

/**
 * Where the line starting at `pos` ends: the first line break that any Python splits .pth lines at. Python 3.13+
 * reads the file whole and uses str.splitlines() (\n \r \v \f \x1c-\x1e U+0085 U+2028 U+2029); older versions
 * iterate a text file with universal newlines (\n \r \r\n). A line that any of them executes is examined.
 * Returns [end of the line's text, start of the next line].
 */
function lineEnd(d: Uint8Array, pos: number): [number, number] {
  const n = d.length;
  for (let i = pos; i < n; i++) {
    const c = d[i];
    if (c > 0x0d && c < 0x1c) continue;
    if (c === 0x0a || c === 0x0b || c === 0x0c || c === 0x1c || c === 0x1d || c === 0x1e) return [i, i + 1];
    if (c === 0x0d) return [i, d[i + 1] === 0x0a ? i + 2 : i + 1];
    if (c === 0xc2 && d[i + 1] === 0x85) return [i, i + 2];
    if (c === 0xe2 && d[i + 1] === 0x80 && (d[i + 2] === 0xa8 || d[i + 2] === 0xa9)) return [i, i + 3];
  }
  return [n, n];
}

export const pthAnalyzer: Analyzer = {
  name: 'pth',
  description: 'Lines of .pth files that site.py executes at interpreter start.',
  rules: Object.values(PTH_RULES),
  applies(f: ScanFile): boolean {
    return f.ext === 'pth' && f.data.length > 0 && f.type.kind !== 'archive' && f.type.kind !== 'compressed';
  },
  analyze(f: ScanFile, ctx: AnalyzerContext): void {
    const d = f.data;
    const hits: Array<{ line: number; offset: number; text: string; v: PthLineVerdict; decoded?: Record<string, unknown> }> = [];
    let lineNo = 0;
    let pos = 0;
    let execLines = 0;
    while (pos < d.length) {
      const [end, next] = lineEnd(d, pos);
      lineNo++;
      let s = pos;
      // utf-8-sig: site.py decodes with the BOM removed
      if (lineNo === 1 && d[s] === 0xef && d[s + 1] === 0xbb && d[s + 2] === 0xbf) s += 3;
      // site.py: line.startswith(("import ", "import\t"))
      if (end - s >= 7 && d[s] === 0x69 && d[s + 1] === 0x6d && d[s + 2] === 0x70 && d[s + 3] === 0x6f && d[s + 4] === 0x72 && d[s + 5] === 0x74 && (d[s + 6] === 0x20 || d[s + 6] === 0x09)) {
        if (++execLines > MAX_EXEC_LINES) {
          ctx.incomplete(`pth: more than ${MAX_EXEC_LINES} executable lines, the rest was not examined`);
          break;
        }
        if (end - s > MAX_LINE_BYTES) ctx.incomplete(`pth: line ${lineNo} is longer than ${MAX_LINE_BYTES} bytes, the rest was not examined`);
        const raw = d.subarray(s, Math.min(end, s + MAX_LINE_BYTES));
        const text = Buffer.from(raw).toString('utf8');
        const v = scorePthLine(text);
        let decoded: Record<string, unknown> | undefined;
        // encoded data inside the line: what it decodes to
        for (const run of findEncodedRuns(raw, 24, 8)) {
          const bv = inspectRun(run);
          const sc = bv.kind === 'executable' || bv.kind === 'bytecode' ? 9 : bv.danger >= 0.8 ? Math.round(bv.danger * 9) : bv.danger >= 0.5 ? 6 : 0;
          if (sc > 0 && (!decoded || sc > v.score)) decoded = { encoding: run.encoding, offset: run.offset, layers: bv.layers, kind: bv.kind, summary: bv.summary, preview: bv.preview };
          if (sc > v.score) {
            v.score = sc;
            if (!v.signals.includes('encoded-payload')) v.signals.push('encoded-payload');
          }
        }
        hits.push({ line: lineNo, offset: s, text, v, decoded });
      }
      pos = next;
    }
    hits.sort((a, b) => b.v.score - a.v.score);
    for (const h of hits.slice(0, MAX_REPORTED)) {
      const what = h.v.signals.length ? h.v.signals.join(', ') : 'imports a module';
      ctx.report(PTH_RULES.exec, {
        message: `line ${h.line} runs at every Python start (${what}): ${defang(h.text, 120)}`,
        strength: h.v.score / 9,
        offset: h.offset,
        length: h.text.length,
        evidence: {
          line: h.line,
          text: defang(h.text, 400),
          signals: h.v.signals,
          ...(h.decoded ? { decoded: h.decoded } : {}),
          ...(execLines > MAX_REPORTED ? { executableLines: execLines } : {}),
        },
      });
    }
  },
};
