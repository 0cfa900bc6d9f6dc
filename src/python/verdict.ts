/**
 * From facts to scores: how much a flow, a computed name, a hidden URL or a network call weighs, and how to say it.
 * The tables are the documented behaviour of the loader rules (docs/rules.md, "Loader code rules").
 */
import { L, labelNames } from './values.js';
import type { Flow, NetCall, ObfuscatedName, SinkKind } from './facts.js';
import { EXEC_EXT, MEDIA_EXT } from './api.js';
import { defang } from '../decode/index.js';

/** When the code runs, as far as the artifact tells. */
export type Trigger = 'install' | 'import' | 'startup' | 'entry-point' | 'call' | 'main';

export type FlowRule = 'media' | 'download' | 'decode';

export interface FlowVerdict {
  rule: FlowRule;
  /** 0..10 */
  score: number;
}

const SINK_BASE: Record<SinkKind, number> = {
  exec: 10,
  'python-stdin': 10,
  native: 10,
  unpickle: 9,
  process: 9,
  'run-file': 9,
  persist: 9,
  import: 8,
  'drop-exe': 6,
  chmod: 6,
};

const DECODED = L.DECODE | L.DECOMP | L.XOR | L.BITS | L.OBF;

/**
 * Score a flow. `early` says the sink runs without anyone calling a function: module level of a module (import), of
 * setup.py (install), of a module a .pth file imports (interpreter start), or the target of an entry point.
 */
export function scoreFlow(f: Flow, early: boolean): FlowVerdict | null {
  const t = f.t;
  const base = SINK_BASE[f.sink];
  const decoded = (t & DECODED) !== 0;
  let rule: FlowRule;
  let s: number;
  if (t & L.NET || (t & L.SOCK && !(t & L.MEDIA))) {
    rule = 'download';
    s = base;
    if (!(t & L.NET)) {
      // raw sockets: remote-execution frameworks receive code this way by design; at import it is a backdoor
      s = early ? Math.min(s, 8) : decoded ? 5 : 3;
    } else if (!early && !decoded && (f.sink === 'run-file' || f.sink === 'chmod' || f.sink === 'drop-exe' || f.sink === 'import')) {
      // a library function that downloads a tool and runs it (driver managers, installers) is common; at import it is not
      s = Math.floor(base / 2);
    }
  } else if (t & L.MEDIA) {
    rule = 'media';
    s = base;
    if (!decoded && f.sink === 'process') s = 7;
    if (f.sink === 'drop-exe' || f.sink === 'chmod') s = 8;
  } else {
    rule = 'decode';
    const src = t & 0xff;
    if (!decoded && !(t & L.MARSHAL) && !(f.sink === 'native' && src & L.LIT)) return null;
    // where the decoded data came from: only literals (a payload in the code), a file, or something the caller passes
    const outside = src & (L.PARAM | L.INPUT | L.PROCOUT);
    const litOnly = (src & L.LIT) !== 0 && !outside && !(src & L.FILE);
    if (litOnly) s = 9;
    else if (src & L.FILE && !outside) s = 8;
    else if (src & L.PARAM) s = 6;
    else if (src & (L.INPUT | L.PROCOUT)) s = 5;
    else s = 6;
    // unmarshalling code read from a file or received is how .pyc loaders and import hooks work: without any decoding
    // it is not a dropper; and bit arithmetic on a parameter alone is arithmetic, not bit extraction from a carrier
    if (!decoded && t & L.MARSHAL && !litOnly) return null;
    if (!litOnly && (t & DECODED) === L.BITS && !(src & ~(L.PARAM | L.LIT))) return null;
    if (f.sink === 'drop-exe' || f.sink === 'chmod') s = Math.min(s, 6);
    else if (f.sink === 'import') s = Math.min(s, 8);
    else if (f.sink === 'process') s = Math.min(s, 8);
    else if (f.sink === 'unpickle') s = Math.min(s, litOnly ? 8 : 5);
    if (!early && !litOnly) {
      // in a function, decoding what a caller passes (code-object deserialisers, code generators) is a feature of
      // many libraries: reported, low; a bundled file decoded and executed stays high
      s = src & L.FILE && !outside ? Math.min(s, 7) : 3;
    }
  }
  if (f.hidden) s += 1;
  if (f.layer > 0) s = Math.max(s, 9);
  return { rule, score: Math.max(0, Math.min(10, s)) };
}

export function scoreObfuscated(o: ObfuscatedName): number {
  if (/^builtins\.(?:exec|eval|compile|execfile)$/.test(o.name)) return 8;
  if (/^(?:os|subprocess|pty|ctypes|builtins\.__import__|types|marshal)\b/.test(o.name) && !o.name.startsWith('import ')) return 8;
  if (o.name.startsWith('import ')) return 7;
  return 6;
}

/** Network access at install or import time: how suspicious the call is by where it goes. */
export function scoreNetwork(n: NetCall, setup: boolean): number {
  if (n.layer > 0) return 7;
  const url = n.url ?? '';
  const odd = /^[a-z]+:\/\/\d{1,3}(?:\.\d{1,3}){3}(?:[:/]|$)/i.test(url) || MEDIA_EXT.test(url.replace(/[?#].*$/, '')) || EXEC_EXT.test(url.replace(/[?#].*$/, '')) || /\b(?:pastebin|transfer\.sh|discord(?:app)?\.com\/api\/webhooks|ngrok|hastebin|paste\.ee|raw\.githubusercontent)\b/i.test(url);
  if (setup) return n.ctx === 'module' ? 7 : 6;
  if (n.ctx === 'module' && odd) return 6;
  return 0;
}

const SINK_WORDS: Record<SinkKind, string> = {
  exec: 'executed (exec/eval)',
  'python-stdin': 'fed to a Python interpreter on stdin',
  native: 'copied into executable memory',
  unpickle: 'unpickled (which runs code)',
  process: 'put in a command line',
  'run-file': 'written to a file that is then run',
  persist: 'written where the system runs it later',
  import: 'imported as code',
  'drop-exe': 'written to an executable file',
  chmod: 'written to a file that is made executable',
};

const SOURCE_WORDS: Array<[number, string]> = [
  [L.NET, 'downloaded data'],
  [L.SOCK, 'data received on a socket'],
  [L.MEDIA, 'audio/image sample data'],
  [L.FILE, 'file content'],
  [L.LIT, 'a literal'],
  [L.PARAM, 'a parameter'],
  [L.INPUT, 'input'],
  [L.PROCOUT, 'process output'],
];

const TRIGGER_WORDS: Record<Trigger, string> = {
  install: 'at install (setup.py)',
  import: 'at import',
  startup: 'at every interpreter start (imported by a .pth file)',
  'entry-point': 'when its entry point runs',
  call: 'when called',
  main: 'when run as a script',
};

export function describeFlow(f: Flow, trigger: Trigger): string {
  const srcs = SOURCE_WORDS.filter(([b]) => f.t & b).map(([, w]) => w);
  const steps = labelNames(f.t & 0xff00 & ~L.CODE);
  const from = f.paths.length ? ` from ${defang(f.paths[0], 80)}` : f.urls.length ? ` from ${defang(f.urls[0], 80)}` : '';
  const how = steps.length ? `, ${steps.join(' + ')},` : '';
  const where = f.fn && trigger !== 'import' && trigger !== 'install' && trigger !== 'startup' ? ` in ${f.fn}()` : '';
  const layer = f.layer > 0 ? ` (inside ${f.layer} layer${f.layer > 1 ? 's' : ''} of decoded code)` : '';
  return `line ${f.line}: ${srcs.join(' and ') || 'data'}${from}${how} is ${SINK_WORDS[f.sink]}${where} ${TRIGGER_WORDS[trigger]}${f.hidden ? ', hidden/detached' : ''}${layer}`;
}

export { TRIGGER_WORDS };
