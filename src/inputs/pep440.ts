/**
 * PEP 440 versions and specifiers, hand-written: no maintained JavaScript library implements them, and they are
 * needed without a Python at hand (choosing an sdist version, evaluating markers). Behaviour follows the spec and the
 * `packaging` reference implementation: release segments padded with zeros, pre/post/dev/local ordering, `~=`, `==X.*`,
 * exclusive `<`/`>` that do not admit pre-releases or post-releases of the version named, `===` as string equality.
 */

export interface Version {
  epoch: number;
  release: number[];
  pre: [string, number] | null;
  post: number | null;
  dev: number | null;
  local: Array<string | number> | null;
  text: string;
}

const VERSION_RE =
  /^\s*v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d+)?)?(?:(?:-(\d+))|(?:[-_.]?(post|rev|r)[-_.]?(\d+)?))?(?:[-_.]?(dev)[-_.]?(\d+)?)?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$/i;

export function parseVersion(text: string): Version | null {
  if (text.length > 200) return null;
  const m = VERSION_RE.exec(text);
  if (!m) return null;
  let pre: Version['pre'] = null;
  if (m[3]) {
    const l = m[3].toLowerCase();
    const letter = l === 'alpha' ? 'a' : l === 'beta' ? 'b' : l === 'c' || l === 'pre' || l === 'preview' ? 'rc' : l;
    pre = [letter, Number(m[4] ?? 0)];
  }
  const post = m[5] !== undefined ? Number(m[5]) : m[6] ? Number(m[7] ?? 0) : null;
  const dev = m[8] ? Number(m[9] ?? 0) : null;
  const local = m[10] ? m[10].toLowerCase().split(/[-_.]/).map((s) => (/^\d+$/.test(s) ? Number(s) : s)) : null;
  return { epoch: Number(m[1] ?? 0), release: m[2].split('.').map(Number), pre, post, dev, local, text };
}

const PRE_RANK: Record<string, number> = { a: 0, b: 1, rc: 2 };

function cmpNum(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function cmpRelease(a: number[], b: number[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = cmpNum(a[i] ?? 0, b[i] ?? 0);
    if (c) return c;
  }
  return 0;
}

/** Total order of PEP 440. */
export function compareVersions(a: Version, b: Version): number {
  let c = cmpNum(a.epoch, b.epoch) || cmpRelease(a.release, b.release);
  if (c) return c;
  // A dev release without pre or post sorts before the pre-releases of the same release.
  const preKey = (v: Version): number[] => (v.pre ? [PRE_RANK[v.pre[0]], v.pre[1]] : v.post === null && v.dev !== null ? [-1, 0] : [3, 0]);
  const pa = preKey(a);
  const pb = preKey(b);
  c = cmpNum(pa[0], pb[0]) || cmpNum(pa[1], pb[1]);
  if (c) return c;
  c = cmpNum(a.post ?? -1, b.post ?? -1);
  if (c) return c;
  c = cmpNum(a.dev ?? Infinity, b.dev ?? Infinity);
  if (c) return c;
  const la = a.local ?? [];
  const lb = b.local ?? [];
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    const x = la[i];
    const y = lb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') c = cmpNum(x, y);
    else if (typeof x === 'number') c = 1;
    else if (typeof y === 'number') c = -1;
    else c = x < y ? -1 : x > y ? 1 : 0;
    if (c) return c;
  }
  return 0;
}

export const isPrerelease = (v: Version): boolean => v.pre !== null || v.dev !== null;

const publicOf = (v: Version): Version => ({ ...v, local: null });

export interface Specifier {
  op: '~=' | '==' | '!=' | '<=' | '>=' | '<' | '>' | '===';
  version: string;
}

const SPEC_RE = /^\s*(~=|===|==|!=|<=|>=|<|>)\s*([^\s,;]+)\s*$/;

/** Parse `>=1,<2` (commas; whitespace allowed); null when any clause is malformed. */
export function parseSpecifierSet(text: string): Specifier[] | null {
  const t = text.trim();
  if (!t) return [];
  const out: Specifier[] = [];
  for (const part of t.split(',')) {
    const m = SPEC_RE.exec(part);
    if (!m) return null;
    out.push({ op: m[1] as Specifier['op'], version: m[2] });
  }
  return out;
}

function prefixMatch(v: Version, prefix: string): boolean {
  const p = parseVersion(prefix.slice(0, -2));
  if (!p) return false;
  if (p.epoch !== v.epoch) return false;
  // Compare the release padded to the prefix's length; a prefix with a pre/post/dev part is matched textually.
  if (p.pre || p.post !== null || p.dev !== null) return compareVersions(publicOf(v), p) === 0;
  for (let i = 0; i < p.release.length; i++) if ((v.release[i] ?? 0) !== p.release[i]) return false;
  return true;
}

export function matchesSpecifier(v: Version, s: Specifier): boolean {
  if (s.op === '===') return v.text.trim().toLowerCase() === s.version.toLowerCase();
  if ((s.op === '==' || s.op === '!=') && s.version.endsWith('.*')) {
    const r = prefixMatch(v, s.version);
    return s.op === '==' ? r : !r;
  }
  const sv = parseVersion(s.version);
  if (!sv) return false;
  const cmpPublic = compareVersions(sv.local ? v : publicOf(v), sv);
  switch (s.op) {
    case '==':
      return cmpPublic === 0;
    case '!=':
      return cmpPublic !== 0;
    case '<=':
      return compareVersions(publicOf(v), sv) <= 0;
    case '>=':
      return compareVersions(publicOf(v), sv) >= 0;
    case '<':
      if (compareVersions(v, sv) >= 0) return false;
      // `<V` does not admit a pre-release of V unless V is one.
      if (!isPrerelease(sv) && isPrerelease(v) && cmpRelease(v.release, sv.release) === 0 && v.epoch === sv.epoch) return false;
      return true;
    case '>':
      if (compareVersions(publicOf(v), sv) <= 0) return false;
      // `>V` does not admit a post-release of V unless V is one, nor a local version of V.
      if (sv.post === null && v.post !== null && cmpRelease(v.release, sv.release) === 0 && v.epoch === sv.epoch && !v.pre && !sv.pre) return false;
      return true;
    case '~=': {
      if (sv.release.length < 2) return false;
      if (compareVersions(publicOf(v), sv) < 0) return false;
      const prefix = sv.release.slice(0, -1).join('.') + '.*';
      return prefixMatch(v, (sv.epoch ? `${sv.epoch}!` : '') + prefix);
    }
  }
  return false;
}

/** Whether a version satisfies every clause; pre-releases only when `pre` or a clause names a pre-release. */
export function satisfies(version: string, specs: Specifier[], pre = false): boolean {
  const v = parseVersion(version);
  if (!v) return specs.length === 1 && specs[0].op === '===' && specs[0].version === version;
  const allowPre = pre || specs.some((s) => { const p = parseVersion(s.version.replace(/\.\*$/, '')); return !!p && isPrerelease(p); });
  if (isPrerelease(v) && !allowPre) return false;
  return specs.every((s) => matchesSpecifier(v, s));
}

/** The highest version satisfying the specifiers; final releases preferred, pre-releases when nothing else fits. */
export function bestVersion(versions: Iterable<string>, specs: Specifier[]): string | null {
  const parsed = [...new Set(versions)].map((t) => ({ t, v: parseVersion(t) })).filter((x): x is { t: string; v: Version } => x.v !== null);
  parsed.sort((a, b) => compareVersions(b.v, a.v));
  const hit = parsed.find((x) => satisfies(x.t, specs)) ?? parsed.find((x) => satisfies(x.t, specs, true));
  return hit ? hit.t : null;
}

/** The exact version a specifier set pins (`==1.2.3`, `===x`), or null. */
export function pinnedVersion(specs: Specifier[]): string | null {
  const eq = specs.filter((s) => (s.op === '==' && !s.version.endsWith('.*')) || s.op === '===');
  return eq.length === 1 ? eq[0].version : null;
}
