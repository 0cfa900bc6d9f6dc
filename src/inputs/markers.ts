/**
 * PEP 508 environment markers: parsed and evaluated here, against the environment pip would install into (the
 * interpreter's own values, or those implied by `--platform` tags). Hand-written because no JavaScript library
 * implements PEP 508; it follows `packaging.markers`: version comparison when both sides are versions, string
 * comparison otherwise, `extra` compared by normalized name.
 *
 * Evaluation is three-valued: a variable the environment leaves unknown (`--platform all` leaves platform variables
 * open) makes its comparison unknown, and an unknown marker is treated as matching, so that nothing that may be
 * installed somewhere is left out.
 */
import { normalizeName } from './names.js';
import { matchesSpecifier, parseVersion, type Specifier } from './pep440.js';

export interface MarkerEnvironment {
  python_version?: string;
  python_full_version?: string;
  os_name?: string;
  sys_platform?: string;
  platform_release?: string;
  platform_system?: string;
  platform_version?: string;
  platform_machine?: string;
  platform_python_implementation?: string;
  implementation_name?: string;
  implementation_version?: string;
  /** Extras requested; empty for none. */
  extra?: string[];
}

interface BoolNode {
  t: 'and' | 'or';
  a: Node;
  b: Node;
}
interface CmpNode {
  t: 'cmp';
  l: Operand;
  op: string;
  r: Operand;
}
type Node = BoolNode | CmpNode;
type Operand = { v: string } | { s: string };

const ALIASES: Record<string, string> = {
  'os.name': 'os_name',
  'sys.platform': 'sys_platform',
  'platform.version': 'platform_version',
  'platform.machine': 'platform_machine',
  'platform.python_implementation': 'platform_python_implementation',
  python_implementation: 'platform_python_implementation',
};
const VARIABLES = new Set([
  'python_version', 'python_full_version', 'os_name', 'sys_platform', 'platform_release', 'platform_system', 'platform_version',
  'platform_machine', 'platform_python_implementation', 'implementation_name', 'implementation_version', 'extra',
]);

export class MarkerError extends Error {}

const TOKEN_RE = /\s*(?:(\()|(\))|('[^']*'|"[^"]*")|(===|==|!=|<=|>=|~=|<|>)|(not\s+in\b|in\b|and\b|or\b)|([A-Za-z_][A-Za-z0-9_.]*))/y;

function tokenize(text: string): string[] {
  const out: string[] = [];
  TOKEN_RE.lastIndex = 0;
  while (TOKEN_RE.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN_RE.lastIndex))) break;
    const m = TOKEN_RE.exec(text);
    if (!m) throw new MarkerError(`cannot read marker at ${JSON.stringify(text.slice(TOKEN_RE.lastIndex, TOKEN_RE.lastIndex + 20))}`);
    out.push(m[0].trim().replace(/\s+/g, ' '));
    if (out.length > 2000) throw new MarkerError('marker too long');
  }
  return out;
}

/** Parse a marker expression; throws MarkerError on syntax errors and unknown variables. */
export function parseMarker(text: string): Node {
  if (text.length > 10_000) throw new MarkerError('marker too long');
  const toks = tokenize(text);
  let i = 0;
  let depth = 0;
  const operand = (): Operand => {
    const t = toks[i++];
    if (t === undefined) throw new MarkerError('marker ends early');
    if (/^['"]/.test(t)) return { s: t.slice(1, -1) };
    const name = ALIASES[t] ?? t;
    if (!VARIABLES.has(name)) throw new MarkerError(`unknown marker variable ${JSON.stringify(t)}`);
    return { v: name };
  };
  const expr = (): Node => {
    if (toks[i] === '(') {
      i++;
      if (++depth > 50) throw new MarkerError('markers nested too deep');
      const n = or();
      depth--;
      if (toks[i++] !== ')') throw new MarkerError('missing )');
      return n;
    }
    const l = operand();
    const op = toks[i++];
    if (!op || !/^(===|==|!=|<=|>=|~=|<|>|in|not in)$/.test(op)) throw new MarkerError(`expected a comparison, got ${JSON.stringify(op ?? '')}`);
    const r = operand();
    return { t: 'cmp', l, op, r };
  };
  const and = (): Node => {
    let n = expr();
    while (toks[i] === 'and') {
      i++;
      n = { t: 'and', a: n, b: expr() };
    }
    return n;
  };
  const or = (): Node => {
    let n = and();
    while (toks[i] === 'or') {
      i++;
      n = { t: 'or', a: n, b: and() };
    }
    return n;
  };
  const n = or();
  if (i !== toks.length) throw new MarkerError(`unexpected ${JSON.stringify(toks[i])}`);
  return n;
}

function compare(l: string, op: string, r: string): boolean {
  if (op === 'in') return r.includes(l);
  if (op === 'not in') return !r.includes(l);
  const lv = parseVersion(l);
  if (op !== '===' && lv && parseVersion(r.replace(/\.\*$/, ''))) return matchesSpecifier(lv, { op: op as Specifier['op'], version: r });
  switch (op) {
    case '==':
    case '===':
      return l === r;
    case '!=':
      return l !== r;
    case '<':
      return l < r;
    case '<=':
      return l <= r;
    case '>':
      return l > r;
    case '>=':
      return l >= r;
  }
  return false;
}

/** true, false, or null when the environment leaves a variable it depends on unknown. */
function evaluate(n: Node, env: MarkerEnvironment): boolean | null {
  if (n.t !== 'cmp') {
    const stop = n.t === 'or'; // the value that decides the whole expression
    const a = evaluate(n.a, env);
    if (a === stop) return stop;
    const b = evaluate(n.b, env);
    if (b === stop) return stop;
    return a === null || b === null ? null : !stop;
  }
  const isExtra = ('v' in n.l && n.l.v === 'extra') || ('v' in n.r && n.r.v === 'extra');
  if (isExtra) {
    const extras = env.extra ?? [];
    const other = 'v' in n.l ? n.r : n.l;
    if (!('s' in other)) return null;
    const want = normalizeName(other.s);
    const hit = extras.some((e) => normalizeName(e) === want);
    return n.op === '==' || n.op === '===' ? hit : n.op === '!=' ? !hit : null;
  }
  const value = (o: Operand): string | undefined => ('s' in o ? o.s : (env[o.v as keyof MarkerEnvironment] as string | undefined));
  const l = value(n.l);
  const r = value(n.r);
  if (l === undefined || r === undefined) return null;
  return compare(l, n.op, r);
}

export interface MarkerResult {
  /** Whether the requirement applies (an unknown or unreadable marker counts as applying). */
  applies: boolean;
  /** Why it is not definite: an unknown variable, or a syntax error. */
  note?: string;
}

export function evaluateMarker(text: string | null, env: MarkerEnvironment): MarkerResult {
  if (!text || !text.trim()) return { applies: true };
  try {
    const r = evaluate(parseMarker(text), env);
    if (r === null) return { applies: true, note: 'depends on the target platform: kept' };
    return { applies: r };
  } catch (e) {
    return { applies: true, note: `marker not understood (${(e as Error).message}): kept` };
  }
}
