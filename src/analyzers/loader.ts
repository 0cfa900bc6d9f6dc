import type { Analyzer, AnalyzerContext, FinalizeContext } from './types.js';
import { defineRules } from './types.js';
import type { RuleMeta, ScanFile } from '../types.js';
import { analyzePython, DEFAULT_PY_LIMITS } from '../python/interp.js';
import { hasAnchors, mayHoldAnchors, worthAnalysing } from '../python/anchors.js';
import { emptyFacts, MAX_FLOWS, type Flow, type PyFacts } from '../python/facts.js';
import { describeFlow, scoreFlow, scoreNetwork, scoreObfuscated, TRIGGER_WORDS, type FlowRule, type Trigger } from '../python/verdict.js';
import { labelNames } from '../python/values.js';
import { defang } from '../decode/index.js';

/**
 * Loader code: the Python that reads media (or downloads it, or decodes a literal) and runs what it gets. Every Python
 * source of the artifact (modules, setup.py, scripts) is parsed with @lezer/python and analysed by src/python: values
 * are followed through names, aliases, small helper functions and literals, from sources (media samples and pixels,
 * downloads, sockets, files, literals) through transforms (base64, zlib, XOR, bit extraction, marshal) to sinks (exec,
 * processes, files written then run, imports of generated code, native memory).
 *
 * Per-file facts go into the artifact's scratch space; findings are reported in `finalize`, once the whole artifact is
 * known: whether setup.py runs at install (an sdist, not a wheel), which modules a .pth file imports at interpreter
 * start, which functions are entry points, and which of the artifact's members the loader reads (the asset then gets
 * its own finding, so its weak signals and the loader add up on it).
 */

export const LOADER_RULES = defineRules({
  mediaExec: {
    id: 'code.media-exec',
    category: 'code',
    weight: 10,
    description: 'Audio or image sample data (or a media file\'s bytes) flows, through any decoding, into exec, a process, a file that is run, or executable memory.',
  },
  downloadExec: {
    id: 'code.download-exec',
    category: 'code',
    weight: 10,
    description: 'Downloaded (or socket) data flows into exec, a process, a file that is run or imported, or executable memory.',
  },
  decodeExec: {
    id: 'code.decode-exec',
    category: 'code',
    weight: 10,
    description: 'Decoded, decompressed, XOR-ed or unmarshalled data (a literal, a file) flows into exec, a process, a file that is run, or executable memory.',
  },
  obfuscatedCall: {
    id: 'code.obfuscated-call',
    category: 'code',
    weight: 8,
    description: 'A sensitive function or module reached through a name computed from pieces, reversed, or decoded (getattr(__builtins__, "ex"+"ec")).',
  },
  installNetwork: {
    id: 'code.install-network',
    category: 'code',
    weight: 7,
    description: 'Network access in setup.py of an sdist (runs at install), or at import time towards a raw IP, a media or executable URL.',
  },
  hiddenUrl: {
    id: 'code.hidden-url',
    category: 'strings',
    weight: 3,
    description: 'A literal that the code decodes or de-obfuscates into a URL or an IP address.',
  },
  assetLoader: {
    id: 'code.asset-loader',
    category: 'code',
    weight: 10,
    description: 'A member of the artifact that loader code reads and executes (reported on the member).',
  },
});

const R = LOADER_RULES;
const FLOW_RULE: Record<FlowRule, RuleMeta> = { media: R.mediaExec, download: R.downloadExec, decode: R.decodeExec };

/** Findings per rule and file reported at most (the strongest). */
const MAX_PER_RULE = 5;
/** Characters of one Python file analysed; a bigger file is analysed on its head and checked for anchors past it. */
const MAX_SOURCE_BYTES = 64 * 1024 * 1024;
/** .pth lines and entry-point lines read. */
const MAX_TRIGGER_LINES = 20_000;
/** Bytes of a .pth file read, and executable lines of it analysed as Python. */
const MAX_PTH_BYTES = 8 * 1024 * 1024;
const MAX_PTH_LINES = 2000;
const SCRATCH = 'loader';

interface FileFacts {
  path: string;
  setup: boolean;
  /** A .pth file: its executable lines were analysed one by one. */
  pth?: boolean;
  facts: PyFacts;
}

interface LoaderState {
  files: FileFacts[];
  pth: Array<{ path: string; line: number; module: string }>;
  entries: Array<{ path: string; group: string; name: string; module: string; attr: string }>;
}

function state(ctx: { scratch: Map<string, unknown> }): LoaderState {
  let s = ctx.scratch.get(SCRATCH) as LoaderState | undefined;
  if (!s) {
    s = { files: [], pth: [], entries: [] };
    ctx.scratch.set(SCRATCH, s);
  }
  return s;
}

const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
const isEntryPoints = (p: string): boolean => /(?:^|\/)[^/]+\.(?:dist|egg)-info\/entry_points\.txt$|(?:^|\/)EGG-INFO\/entry_points\.txt$/.test(p);
/** setup.py at the root of an sdist (`name-1.0/setup.py`) or of the archive. */
const isSetupPath = (p: string): boolean => /^(?:[^/]+\/)?setup\.py$/.test(p);

/** Python sources: by extension, or scripts without one that are Python by content (wheel `.data/scripts/`). */
function isPython(f: ScanFile): boolean {
  if (f.ext === 'py' || f.ext === 'pyw') return true;
  return f.type.kind === 'python' && f.ext === '';
}

/** Whether the module path `p` (a .py member) is the module named `mod` (dotted). */
export function moduleMatches(p: string, mod: string): boolean {
  const dotted = p.replace(/\.pyw?$/, '').replace(/\/__init__$/, '').split('/').join('.');
  return dotted === mod || dotted.endsWith(`.${mod}`);
}

/** Members of the artifact that a path pattern from the code names (`*` for unknown parts). */
export function matchMembers(pattern: string, members: readonly string[], limit = 4): string[] {
  const norm = pattern.replace(/\\/g, '/');
  const tail = norm.slice(norm.lastIndexOf('*') + 1).replace(/^\.?\/+/, '');
  const name = base(tail);
  if (name.length < 3 || !name.includes('.') || name.includes('*')) return [];
  const out: string[] = [];
  for (const m of members) {
    if (m === tail || m.endsWith(`/${tail}`)) out.push(m);
    if (out.length >= limit) break;
  }
  return out;
}

function readText(d: Uint8Array): { text: string; rest: boolean } {
  const head = d.length > MAX_SOURCE_BYTES ? d.subarray(0, MAX_SOURCE_BYTES) : d;
  let text = Buffer.from(head.buffer, head.byteOffset, head.length).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let rest = false;
  // past the cap: does anything that matters sit there? (the cap may fall inside a string literal, so literals count)
  for (let o = MAX_SOURCE_BYTES; o < d.length && !rest; o += 16 * 1024 * 1024) {
    rest = mayHoldAnchors(Buffer.from(d.buffer, d.byteOffset + o, Math.min(16 * 1024 * 1024 + 256, d.length - o)).toString('latin1'));
  }
  return { text, rest };
}

/**
 * A .pth file: the modules its executable lines import (their import-time code runs at every interpreter start), and
 * each executable line analysed as Python. The pth analyzer scores these lines too; in finalize the loader reports a
 * line only where its own finding is stronger (a flow the line-pattern scoring does not see).
 */
function recordPth(f: ScanFile, st: LoaderState, ctx: AnalyzerContext): void {
  const text = Buffer.from(f.data.buffer, f.data.byteOffset, Math.min(f.data.length, MAX_PTH_BYTES)).toString('utf8');
  const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\u0085\u2028\u2029]/g;
  const lines = text.split(LINE_BREAK);
  // the breaks, in order: a \r\n is two characters of the offset
  const breaks = text.match(LINE_BREAK) ?? [];
  const facts = emptyFacts();
  let analysed = 0;
  let offset = 0;
  for (let i = 0; i < lines.length; offset += lines[i].length + (breaks[i]?.length ?? 1), i++) {
    const line = lines[i].replace(/^\ufeff/, '');
    if (!/^import[ \t]/.test(line)) continue;
    if (hasAnchors(line) || worthAnalysing(line)) {
      if (++analysed > MAX_PTH_LINES) {
        ctx.incomplete(`loader: more than ${MAX_PTH_LINES} executable .pth lines with code to analyse`);
        break;
      }
      const lf = analyzePython(line, DEFAULT_PY_LIMITS);
      for (const r of lf.incomplete) ctx.incomplete(`loader: .pth line ${i + 1}: ${r}`);
      for (const x of [...lf.flows, ...lf.obfuscated, ...lf.locations, ...lf.network]) {
        x.line = i + 1;
        x.offset += offset;
      }
      facts.flows.push(...lf.flows.slice(0, MAX_FLOWS - facts.flows.length));
      facts.obfuscated.push(...lf.obfuscated.slice(0, 8));
      facts.locations.push(...lf.locations.slice(0, 8));
    }
    if (i >= MAX_TRIGGER_LINES) continue;
    const mods = new Set<string>();
    for (const m of line.matchAll(/(?:^|;)\s*import\s+([\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+(?:\s+as\s+\w+)?)*)/g)) for (const part of m[1].split(',')) mods.add(part.trim().split(/\s+/)[0]);
    for (const m of line.matchAll(/(?:^|;)\s*from\s+([\w.]+)\s+import\b|\b(?:__import__|import_module)\s*\(\s*['"]([\w.]+)['"]/g)) mods.add(m[1] ?? m[2]);
    for (const module of mods) if (module && st.pth.length < 1000) st.pth.push({ path: f.path, line: i + 1, module });
  }
  if (facts.flows.length || facts.obfuscated.length || facts.locations.length) st.files.push({ path: f.path, setup: false, pth: true, facts });
}

function recordEntryPoints(f: ScanFile, st: LoaderState): void {
  const text = Buffer.from(f.data.buffer, f.data.byteOffset, Math.min(f.data.length, 1024 * 1024)).toString('utf8');
  let group = '';
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length && i < MAX_TRIGGER_LINES; i++) {
    const line = lines[i].trim();
    const g = /^\[([^\]]+)\]$/.exec(line);
    if (g) {
      group = g[1].trim();
      continue;
    }
    const m = /^([^=#;]+?)\s*=\s*([\w.]+)\s*(?::\s*([\w.]+))?/.exec(line);
    if (m && st.entries.length < 2000) st.entries.push({ path: f.path, group, name: m[1], module: m[2], attr: m[3] ?? '' });
  }
}

interface Candidate {
  path: string;
  rule: RuleMeta;
  score: number;
  message: string;
  offset: number;
  evidence: Record<string, unknown>;
  flow?: Flow;
  /** The flow runs without anyone calling a function (install, import, interpreter start, an entry point). */
  early?: boolean;
}

function flowEvidence(f: Flow, trigger: Trigger): Record<string, unknown> {
  const ev: Record<string, unknown> = {
    line: f.line,
    sink: f.sink,
    call: f.call,
    labels: labelNames(f.t),
    sources: f.src,
    steps: f.steps,
    context: TRIGGER_WORDS[trigger],
  };
  if (f.paths.length) ev.paths = f.paths.map((p) => defang(p, 200));
  if (f.urls.length) ev.urls = f.urls.map((u) => defang(u, 200));
  if (f.fn) ev.function = f.fn;
  if (f.layer) ev.layer = f.layer;
  if (f.hidden) ev.hidden = true;
  if (f.preview) ev.preview = f.preview;
  if (f.what) ev.decoded = f.what;
  if (f.detail) ev.detail = defang(f.detail, 200);
  return ev;
}

export const loaderAnalyzer: Analyzer = {
  name: 'loader',
  description: 'Python that decodes media, downloads or literals and runs the result; correlated with the assets it reads.',
  rules: Object.values(LOADER_RULES),
  sharesArtifactState: true,
  applies(f: ScanFile): boolean {
    if (f.data.length === 0) return false;
    const k = f.type.kind;
    if (k === 'archive' || k === 'compressed' || k === 'executable' || k === 'audio' || k === 'image') return false;
    return isPython(f) || f.ext === 'pth' || isEntryPoints(f.path);
  },
  analyze(f: ScanFile, ctx: AnalyzerContext): void {
    const st = state(ctx);
    if (f.ext === 'pth') return recordPth(f, st, ctx);
    if (isEntryPoints(f.path)) return recordEntryPoints(f, st);
    const setup = isSetupPath(f.path) && f.depth === 0;
    const { text, rest } = readText(f.data);
    if (rest) ctx.incomplete(`loader: Python source larger than ${MAX_SOURCE_BYTES} bytes with code past that point was not analysed`);
    // setup.py is always analysed (network access at install needs no exec); other files only when they could hold a finding
    if (!setup && !worthAnalysing(text)) return;
    const facts = analyzePython(text, DEFAULT_PY_LIMITS, setup);
    for (const r of facts.incomplete) ctx.incomplete(`loader: ${r}`);
    const interesting = facts.flows.length || facts.obfuscated.length || facts.locations.length || facts.network.length;
    if (!interesting) return;
    if (st.files.length < 10_000) st.files.push({ path: f.path, setup, facts });
  },
  finalize(ctx: FinalizeContext): void {
    const st = ctx.scratch.get(SCRATCH) as LoaderState | undefined;
    if (!st || st.files.length === 0) return;
    const wheel = ctx.paths.some((p) => /^[^/]+\.dist-info\/(?:WHEEL|RECORD|METADATA)$/.test(p));
    const candidates: Candidate[] = [];
    for (const ff of st.files) {
      const install = ff.setup && !wheel;
      const pth = ff.pth ? { path: ff.path, line: 0, module: '' } : st.pth.find((p) => moduleMatches(ff.path, p.module));
      for (const f of ff.facts.flows) {
        let trigger: Trigger;
        let early: boolean;
        if (f.ctx === 'module') {
          trigger = install ? 'install' : pth ? 'startup' : 'import';
          early = true;
        } else {
          const ep = f.fn ? st.entries.find((e) => e.attr && moduleMatches(ff.path, e.module) && (f.fn === e.attr || f.fn!.startsWith(`${e.attr}.`))) : undefined;
          trigger = install ? 'install' : ep ? 'entry-point' : f.ctx === 'main' ? 'main' : 'call';
          early = install || !!ep;
        }
        const v = scoreFlow(f, early);
        if (!v || v.score <= 0) continue;
        const ev = flowEvidence(f, trigger);
        if (trigger === 'startup' && pth && !ff.pth) ev.pth = `${pth.path}:${pth.line}`;
        candidates.push({ path: ff.path, rule: FLOW_RULE[v.rule], score: v.score, message: describeFlow(f, trigger), offset: f.offset, evidence: ev, flow: f, early });
      }
      for (const o of ff.facts.obfuscated) {
        const s = scoreObfuscated(o);
        candidates.push({
          path: ff.path,
          rule: R.obfuscatedCall,
          score: s,
          message: `line ${o.line}: ${o.name} is reached through a computed name (${o.how})${o.layer ? ` inside ${o.layer} layer(s) of decoded code` : ''}`,
          offset: o.offset,
          evidence: { line: o.line, name: o.name, how: o.how, ...(o.layer ? { layer: o.layer } : {}) },
        });
      }
      for (const l of ff.facts.locations) {
        candidates.push({
          path: ff.path,
          rule: R.hiddenUrl,
          score: 3,
          message: `line ${l.line}: a literal decodes to ${defang(l.value, 120)}`,
          offset: l.offset,
          evidence: { line: l.line, location: defang(l.value, 200), steps: l.steps, ...(l.layer ? { layer: l.layer } : {}) },
        });
      }
      for (const n of ff.facts.network) {
        const s = scoreNetwork(n, install);
        if (s <= 0) continue;
        const when = install ? 'at install (setup.py)' : 'at import';
        candidates.push({
          path: ff.path,
          rule: R.installNetwork,
          score: s,
          message: `line ${n.line}: network access ${when}${n.fn && !install ? '' : n.fn ? ` in ${n.fn}()` : ''}: ${n.call}${n.url ? ` ${defang(n.url, 120)}` : ''}`,
          offset: n.offset,
          evidence: { line: n.line, call: n.call, ...(n.url ? { url: defang(n.url, 200) } : {}), context: when, ...(n.fn ? { function: n.fn } : {}), ...(n.layer ? { layer: n.layer } : {}) },
        });
      }
    }

    // a .pth line the pth analyzer already scored at least as high is not reported twice
    const pthScores = new Map<string, number>();
    for (const x of ctx.findings) if (x.rule === 'code.pth-exec') pthScores.set(`${x.path}\0${String(x.evidence?.line)}`, Math.max(x.score, pthScores.get(`${x.path}\0${String(x.evidence?.line)}`) ?? 0));
    for (let i = candidates.length - 1; i >= 0; i--) {
      const c = candidates[i];
      if (!st.files.some((f) => f.pth && f.path === c.path)) continue;
      if ((pthScores.get(`${c.path}\0${String(c.evidence.line)}`) ?? -1) >= c.score) candidates.splice(i, 1);
    }

    // the members the loaders read: the flow's own finding is repeated on the asset, so that its weak signals count with it
    const withSignals = new Set(ctx.findings.filter((x) => x.score > 0 && !x.rule.startsWith('code.')).map((x) => x.path));
    const members = ctx.paths.filter((p) => !/\.pyw?$/.test(p));
    const assets: Candidate[] = [];
    for (const c of candidates) {
      const f = c.flow;
      if (!f || c.score < 5) continue;
      const hit = new Set<string>();
      for (const p of f.paths) for (const m of matchMembers(p, members)) hit.add(m);
      for (const m of hit) {
        assets.push({
          path: m,
          rule: R.assetLoader,
          score: c.score,
          message: `read and ${c.evidence.sink === 'exec' ? 'executed' : 'run'} by ${c.path} line ${f.line} (${c.rule.id})`,
          offset: 0,
          evidence: { loader: c.path, line: f.line, loaderRule: c.rule.id, sink: f.sink, labels: labelNames(f.t), steps: f.steps, context: c.evidence.context },
        });
      }
    }
    // assets only named by a file whose flow could not be traced to them: a weaker link, counted where the asset already looks odd
    for (const ff of st.files) {
      const strong = candidates.filter((c) => c.path === ff.path && c.flow && (c.score >= 7 || (c.early && c.score >= 5)));
      if (!strong.length) continue;
      for (const ref of ff.facts.refs) {
        for (const m of matchMembers(ref, members)) {
          if (!withSignals.has(m) || assets.some((a) => a.path === m)) continue;
          assets.push({
            path: m,
            rule: R.assetLoader,
            score: 5,
            message: `named by ${ff.path}, which ${strong[0].message.replace(/^line \d+: /, 'at line ' + strong[0].flow!.line + ' has ')}`,
            offset: 0,
            evidence: { loader: ff.path, line: strong[0].flow!.line, loaderRule: strong[0].rule.id, reference: defang(ref, 200), link: 'named' },
          });
        }
      }
    }

    // strongest first, MAX_PER_RULE per rule and file
    const all = [...candidates, ...assets].sort((a, b) => b.score - a.score || a.offset - b.offset);
    const count = new Map<string, number>();
    for (const c of all) {
      const k = `${c.path}\0${c.rule.id}`;
      const n = count.get(k) ?? 0;
      count.set(k, n + 1);
      if (n >= MAX_PER_RULE) continue;
      ctx.report(c.rule, { message: c.message, strength: c.score / c.rule.weight, offset: c.rule === R.assetLoader ? undefined : c.offset, evidence: c.evidence, path: c.path });
    }
  },
};
