/**
 * The policy file (docs/policy.md): suppressions, a denylist, the threshold and rule weight overrides, in YAML.
 * Validation is strict — an unknown key, a wrong type or a suppression that is too broad is an error naming the file
 * and line — because a policy that silently means something else than its author thought is how findings get lost.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { allRules } from '../analyzers/index.js';
import { normalizeName } from '../inputs/names.js';
import { parseVersion } from '../inputs/pep440.js';
import { MAX_SCORE } from '../scoring/index.js';

/** One suppression: a rule's findings on one package, pinned to an artifact (sha256) or a version. */
export interface Suppression {
  /** PEP 503-normalized project name. */
  package: string;
  rule: string;
  /** Lower-case hex; when set, only the artifact with this digest matches. */
  sha256: string | null;
  /** When set, only this version matches (PEP 440 equality). */
  version: string | null;
  /** When set, only findings on this member path (or under it, when it ends in `/**`). Never alone. */
  path: string | null;
  reason: string;
  /** Last day (UTC, YYYY-MM-DD) on which the suppression applies. */
  expires: string | null;
  /** Where it is written, for messages and annotations. */
  file: string;
  line: number;
}

export interface DenyEntry {
  package: string;
  /** Versions denied; every version when null. */
  versions: string[] | null;
  reason: string;
  file: string;
  line: number;
}

export interface Policy {
  /** The policy file as given. */
  file: string;
  threshold: number | null;
  /** Rule id -> weight (0..10): findings of the rule are re-scaled. */
  weights: Map<string, number>;
  suppressions: Suppression[];
  deny: DenyEntry[];
}

export class PolicyError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} problems in the policy:\n  ${problems.join('\n  ')}`);
  }
}

/** Largest policy file read (a baseline of a big project is a few thousand entries, well under this). */
const MAX_POLICY_BYTES = 8 * 1024 * 1024;
/** Errors reported at once: after that, the rest are noise. */
const MAX_ERRORS = 25;

const TOP_KEYS = ['version', 'threshold', 'weights', 'suppressions', 'deny', 'baseline'] as const;
const BASELINE_KEYS = ['version', 'suppressions'] as const;
const SUPPRESSION_KEYS = ['package', 'rule', 'sha256', 'version', 'path', 'reason', 'expires'] as const;
const DENY_KEYS = ['package', 'version', 'versions', 'reason'] as const;

const PACKAGE_RE = /^[A-Za-z0-9]([A-Za-z0-9._-]{0,200}[A-Za-z0-9])?$/;
const SHA256_RE = /^[0-9a-fA-F]{64}$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

class Reader {
  readonly errors: string[] = [];
  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
  ) {}

  line(node: Node | Pair | null | undefined): number {
    const n = (node && 'range' in node ? node : (node as Pair | undefined)?.key) as Node | undefined;
    const offset = n?.range?.[0];
    return offset === undefined ? 1 : this.lines.linePos(offset).line;
  }

  error(node: Node | Pair | null | undefined, message: string): void {
    if (this.errors.length < MAX_ERRORS) this.errors.push(`${this.file}:${this.line(node)}: ${message}`);
  }

  /** The map's entries by key, reporting unknown and duplicated keys. */
  entries(map: YAMLMap, allowed: readonly string[], what: string): Map<string, { pair: Pair; value: Node | null }> {
    const out = new Map<string, { pair: Pair; value: Node | null }>();
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof key !== 'string') {
        this.error(pair, `${what}: keys must be plain names`);
        continue;
      }
      if (!allowed.includes(key)) {
        this.error(pair, `${what}: unknown key ${JSON.stringify(key)} (allowed: ${allowed.join(', ')})`);
        continue;
      }
      out.set(key, { pair, value: (pair.value as Node | null) ?? null });
    }
    return out;
  }

  string(node: Node | null, what: string, at: Pair): string | null {
    // A plain scalar that YAML reads as a number (version: 1.10, a digest of digits) means the text as written.
    const text = isScalar(node) && typeof node.value === 'number' && typeof node.source === 'string' && /^[0-9][0-9a-fA-F._+!-]*$/.test(node.source) ? node.source : isScalar(node) ? node.value : undefined;
    if (typeof text !== 'string') {
      this.error(node ?? at, `${what} must be a string`);
      return null;
    }
    const s = text.trim();
    if (!s) {
      this.error(node ?? at, `${what} must not be empty`);
      return null;
    }
    return s;
  }

  number(node: Node | null, what: string, at: Pair, min: number, max: number): number | null {
    if (!isScalar(node) || typeof node.value !== 'number' || !Number.isFinite(node.value)) {
      this.error(node ?? at, `${what} must be a number`);
      return null;
    }
    if (node.value < min || node.value > max) {
      this.error(node, `${what} must be between ${min} and ${max}, got ${node.value}`);
      return null;
    }
    return node.value;
  }
}

/** Today in UTC as YYYY-MM-DD (suppressions expire at the end of their `expires` day, UTC). */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function validDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return isoDay(d) === s;
}

export interface ParseOptions {
  /** Reads the file a `baseline:` key names (default: the filesystem, relative to the policy file). */
  readBaseline?: (file: string) => Promise<string>;
}

/** Read and validate a policy file. Throws PolicyError listing every problem with its line. */
export async function loadPolicy(file: string, options: ParseOptions = {}): Promise<Policy> {
  const text = await readBounded(file);
  return parsePolicy(text, file, { readBaseline: options.readBaseline ?? ((f) => readBounded(path.resolve(path.dirname(file), f))) });
}

async function readBounded(file: string): Promise<string> {
  let st;
  try {
    st = await fs.stat(file);
  } catch (e) {
    throw new PolicyError([`${file}: cannot read the policy file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`]);
  }
  if (!st.isFile()) throw new PolicyError([`${file}: not a file`]);
  if (st.size > MAX_POLICY_BYTES) throw new PolicyError([`${file}: ${st.size} bytes, over the ${MAX_POLICY_BYTES}-byte limit for a policy file`]);
  return fs.readFile(file, 'utf8');
}

function parseYaml(text: string, file: string): { doc: ReturnType<typeof parseDocument>; reader: Reader } {
  const lines = new LineCounter();
  // YAML 1.2 core schema: dates stay strings, `yes`/`no` stay strings, duplicate keys are errors.
  const doc = parseDocument(text, { lineCounter: lines, schema: 'core', uniqueKeys: true, strict: true, prettyErrors: false });
  const reader = new Reader(file, lines);
  for (const e of doc.errors.slice(0, MAX_ERRORS)) {
    const line = e.linePos?.[0]?.line ?? lines.linePos(e.pos[0]).line;
    reader.errors.push(`${file}:${line}: not valid YAML: ${e.message.split('\n')[0]}`);
  }
  return { doc, reader };
}

/** Parse and validate policy text (`file` is used in messages and to resolve `baseline:`). */
export async function parsePolicy(text: string, file: string, options: ParseOptions = {}): Promise<Policy> {
  const policy: Policy = { file, threshold: null, weights: new Map(), suppressions: [], deny: [] };
  const { doc, reader } = parseYaml(text, file);
  if (reader.errors.length) throw new PolicyError(reader.errors);
  const root = doc.contents as Node | null;
  if (root === null || (isScalar(root) && root.value === null)) return policy; // an empty file is an empty policy
  if (!isMap(root)) throw new PolicyError([`${file}:${reader.line(root)}: the policy must be a mapping of keys (threshold, weights, suppressions, deny, baseline)`]);
  const top = reader.entries(root, TOP_KEYS, 'policy');
  const rules = allRules();

  const version = top.get('version');
  if (version && !(isScalar(version.value) && version.value.value === 1)) reader.error(version.value ?? version.pair, 'version must be 1');

  const threshold = top.get('threshold');
  if (threshold) policy.threshold = reader.number(threshold.value, 'threshold', threshold.pair, 0, MAX_SCORE);

  const weights = top.get('weights');
  if (weights) {
    if (!isMap(weights.value)) reader.error(weights.value ?? weights.pair, 'weights must be a mapping of rule id to weight (0-10)');
    else
      for (const pair of weights.value.items) {
        const id = isScalar(pair.key) ? pair.key.value : undefined;
        if (typeof id !== 'string' || !rules.has(id)) {
          reader.error(pair, `weights: unknown rule ${JSON.stringify(id)} (rule ids are listed in docs/rules.md)`);
          continue;
        }
        const w = reader.number((pair.value as Node | null) ?? null, `weight of ${id}`, pair, 0, MAX_SCORE);
        if (w !== null) policy.weights.set(id, w);
      }
  }

  const sup = top.get('suppressions');
  if (sup) readSuppressions(sup.value, sup.pair, reader, rules, policy.suppressions);

  const deny = top.get('deny');
  if (deny) {
    if (!isSeq(deny.value)) reader.error(deny.value ?? deny.pair, 'deny must be a list');
    else
      for (const item of deny.value.items as Node[]) {
        if (!isMap(item)) {
          reader.error(item, 'each deny entry must be a mapping with package, reason and optionally version(s)');
          continue;
        }
        const e = reader.entries(item, DENY_KEYS, 'deny entry');
        const pkg = e.get('package');
        const name = pkg ? reader.string(pkg.value, 'package', pkg.pair) : null;
        if (!pkg) reader.error(item, 'deny entry: package is required');
        else if (name && !PACKAGE_RE.test(name)) reader.error(pkg.value, `package ${JSON.stringify(name)} is not a valid project name`);
        const reasonE = e.get('reason');
        const reason = reasonE ? reader.string(reasonE.value, 'reason', reasonE.pair) : null;
        if (!reasonE) reader.error(item, 'deny entry: reason is required (say why, for the next person)');
        let versions: string[] | null = null;
        const v1 = e.get('version');
        const vs = e.get('versions');
        if (v1 && vs) reader.error(vs.pair, 'deny entry: give version or versions, not both');
        if (v1) {
          const v = reader.string(v1.value, 'version', v1.pair);
          if (v) versions = [v];
        } else if (vs) {
          if (!isSeq(vs.value) || vs.value.items.length === 0) reader.error(vs.value ?? vs.pair, 'versions must be a non-empty list of version strings');
          else versions = (vs.value.items as Node[]).map((n) => reader.string(n, 'each version', vs.pair)).filter((x): x is string => x !== null);
        }
        for (const v of versions ?? []) if (!parseVersion(v)) reader.error(v1?.value ?? vs?.value, `${JSON.stringify(v)} is not a PEP 440 version`);
        if (name && PACKAGE_RE.test(name) && reason) policy.deny.push({ package: normalizeName(name), versions, reason, file, line: reader.line(item) });
      }
  }

  const baseline = top.get('baseline');
  if (baseline) {
    const ref = reader.string(baseline.value, 'baseline', baseline.pair);
    if (ref && reader.errors.length === 0) {
      if (!options.readBaseline) reader.error(baseline.pair, 'baseline: no way to read it here');
      else {
        let btext: string | null = null;
        try {
          btext = await options.readBaseline(ref);
        } catch (e) {
          reader.error(baseline.value, e instanceof PolicyError ? e.problems[0] : `cannot read baseline ${JSON.stringify(ref)}: ${(e as Error).message}`);
        }
        if (btext !== null) {
          const bfile = path.join(path.dirname(file), ref);
          const b = parseYaml(btext, bfile);
          reader.errors.push(...b.reader.errors);
          const broot = b.doc.contents as Node | null;
          if (!b.reader.errors.length && broot !== null && !(isScalar(broot) && broot.value === null)) {
            if (!isMap(broot)) b.reader.error(broot, 'a baseline must be a mapping with a suppressions list');
            else {
              const be = b.reader.entries(broot, BASELINE_KEYS, 'baseline');
              const bs = be.get('suppressions');
              if (bs) readSuppressions(bs.value, bs.pair, b.reader, rules, policy.suppressions);
            }
            reader.errors.push(...b.reader.errors);
          }
        }
      }
    }
  }
  if (reader.errors.length) throw new PolicyError(reader.errors);
  return policy;
}

function readSuppressions(value: Node | null, at: Pair, reader: Reader, rules: Map<string, unknown>, out: Suppression[]): void {
  if (!isSeq(value)) {
    reader.error(value ?? at, 'suppressions must be a list');
    return;
  }
  for (const item of value.items as Node[]) {
    if (!isMap(item)) {
      reader.error(item, 'each suppression must be a mapping (package, rule, sha256 or version, reason)');
      continue;
    }
    const before = reader.errors.length;
    const e = reader.entries(item, SUPPRESSION_KEYS, 'suppression');
    const get = (k: string): string | null => {
      const x = e.get(k);
      return x ? reader.string(x.value, k, x.pair) : null;
    };
    const pkg = get('package');
    const rule = get('rule');
    const sha = get('sha256');
    const version = get('version');
    const p = get('path');
    const reason = get('reason');
    const expires = get('expires');
    // Never by path alone: a payload can sit in a folder called tests/ as easily as anywhere else.
    if (!e.has('package')) reader.error(item, 'suppression: package is required (a suppression is never by path alone)');
    else if (pkg && !PACKAGE_RE.test(pkg)) reader.error(e.get('package')!.value, `package ${JSON.stringify(pkg)} is not a valid project name`);
    if (!e.has('rule')) reader.error(item, 'suppression: rule is required (one rule per suppression; rule ids are in docs/rules.md)');
    else if (rule && !rules.has(rule)) reader.error(e.get('rule')!.value, `unknown rule ${JSON.stringify(rule)} (rule ids are listed in docs/rules.md)`);
    if (!e.has('sha256') && !e.has('version')) reader.error(item, 'suppression: give sha256 (the artifact) or version, so that it cannot silence a future release');
    if (sha && !SHA256_RE.test(sha)) reader.error(e.get('sha256')!.value, 'sha256 must be 64 hexadecimal digits');
    if (version && !parseVersion(version)) reader.error(e.get('version')!.value, `${JSON.stringify(version)} is not a PEP 440 version`);
    if (!e.has('reason')) reader.error(item, 'suppression: reason is required (say why, for the next person)');
    if (expires && !validDate(expires)) reader.error(e.get('expires')!.value, `expires must be a date written YYYY-MM-DD, got ${JSON.stringify(expires)}`);
    if (p !== null && (p === '**' || p === '/**' || p === '*')) reader.error(e.get('path')!.value, 'path must name a file or folder inside the artifact');
    if (reader.errors.length > before || !pkg || !rule || !reason) continue;
    out.push({
      package: normalizeName(pkg),
      rule,
      sha256: sha ? sha.toLowerCase() : null,
      version,
      path: p,
      reason,
      expires,
      file: reader.file,
      line: reader.line(item),
    });
  }
}
