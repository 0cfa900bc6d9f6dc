/**
 * Lock files into the shared model: poetry.lock (lock-version 1.x and 2.x), Pipfile.lock (pipfile-spec 6), uv.lock
 * (version 1), pylock.toml (PEP 751, lock-version 1.x) and pdm.lock (lock_version 4.x). TOML is read with smol-toml,
 * JSON with JSON.parse; line numbers come from a light scan of the text (the `[[package]]` header of each entry, or
 * its key in Pipfile.lock) because neither parser reports positions. A format or version not understood is an error,
 * never a silent skip.
 */
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import type { LockedFile, Manifest, ManifestKind, Requirement } from './types.js';
import { ManifestError } from './types.js';
import { normalizeName, unescapeUrlPart } from './names.js';

/** The lock format a file name says, or null. */
export function lockKind(file: string): Exclude<ManifestKind, 'requirements'> | null {
  const base = path.basename(file);
  if (base === 'poetry.lock') return 'poetry.lock';
  if (base === 'Pipfile.lock') return 'Pipfile.lock';
  if (base === 'uv.lock') return 'uv.lock';
  if (base === 'pdm.lock') return 'pdm.lock';
  if (/^pylock\.([^.]+\.)?toml$/.test(base)) return 'pylock.toml';
  return null;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Lines (1-based) of `[[name]]` headers, outside multi-line strings. */
export function arrayTableLines(text: string, name: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`^\\s*\\[\\[\\s*${name.replace(/\./g, '\\.')}\\s*\\]\\]\\s*(#.*)?$`);
  let inString: string | null = null;
  text.split(/\r?\n/).forEach((line, i) => {
    if (!inString && re.test(line)) out.push(i + 1);
    for (const m of line.matchAll(/"""|'''/g)) {
      if (!inString) inString = m[0];
      else if (inString === m[0]) inString = null;
    }
  });
  return out;
}

/** Line of the first `name = "<value>"` at or after a line, for entries whose header count does not line up. */
function nameLine(text: string, value: string): number {
  const lines = text.split(/\r?\n/);
  const i = lines.findIndex((l) => new RegExp(`^\\s*name\\s*=\\s*["']${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']`).test(l));
  return i >= 0 ? i + 1 : 1;
}

/**
 * Lines of the keys of a JSON document's second level (`section/key`), by scanning its tokens: JSON.parse has no
 * positions, and Pipfile.lock annotations need the line of each package's key.
 */
export function jsonKeyLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const stack: Array<{ kind: '{' | '['; key: string | null; expectKey: boolean }> = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '{' || c === '[') {
      stack.push({ kind: c, key: null, expectKey: c === '{' });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.kind === '{') top.expectKey = true;
    } else if (c === ':') {
      const top = stack[stack.length - 1];
      if (top) top.expectKey = false;
    } else if (c === '"') {
      let j = i + 1;
      let s = '';
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\\') {
          s += text[j + 1] ?? '';
          j += 2;
        } else s += text[j++];
      }
      const top = stack[stack.length - 1];
      if (top?.kind === '{' && top.expectKey) {
        top.key = s;
        if (stack.length === 2) out.set(`${stack[0].key}/${s}`, line);
      }
      i = j;
    }
  }
  return out;
}

function req(name: string, version: string | null, file: string, line: number, extra: Partial<Requirement> = {}): Requirement {
  const n = normalizeName(name);
  return {
    name: n,
    specifier: version ? `==${version}` : '',
    version,
    extras: [],
    markers: null,
    url: null,
    editable: false,
    hashes: [],
    files: [],
    index: null,
    location: { file, line },
    text: version ? `${name}==${version}` : name,
    ...extra,
  };
}

function normHash(h: string): string | null {
  const m = /^([a-z0-9]+)[:=]([0-9a-fA-F]+)$/.exec(h.trim());
  return m ? `${m[1].toLowerCase()}:${m[2].toLowerCase()}` : null;
}


const fileOf = (filename: string | null, url: string | null, hashes: string[]): LockedFile => ({
  filename: filename ?? (url ? unescapeUrlPart(url.split(/[#?]/)[0].slice(url.split(/[#?]/)[0].lastIndexOf('/') + 1)) || null : null),
  url,
  hashes,
});

function allHashes(files: LockedFile[]): string[] {
  return [...new Set(files.flatMap((f) => f.hashes))];
}

function emptyManifest(file: string, kind: ManifestKind): Manifest {
  return { file, kind, requirements: [], indexUrls: [], extraIndexUrls: [], findLinks: [], included: [], constraints: [], warnings: [] };
}

function tomlOf(text: string, file: string): Obj {
  try {
    return parseToml(text) as Obj;
  } catch (e) {
    const m = /line (\d+)/.exec((e as Error).message);
    throw new ManifestError(`not valid TOML: ${(e as Error).message.split('\n')[0]}`, m ? { file, line: Number(m[1]) } : { file, line: 1 });
  }
}

/** Pair each package table with the line of its header. */
function withLines(text: string, header: string, packages: unknown[]): Array<{ p: Obj; line: number }> {
  const lines = arrayTableLines(text, header);
  return packages.filter(isObj).map((p, i) => ({ p, line: lines.length === packages.length ? lines[i] : nameLine(text, str(p.name) ?? '') }));
}

function major(v: string | null): number | null {
  const m = v ? /^(\d+)(\.\d+)*$/.exec(v) : null;
  return m ? Number(m[1]) : null;
}

export function parseLockfile(text: string, kind: Exclude<ManifestKind, 'requirements'>, file: string): Manifest {
  switch (kind) {
    case 'poetry.lock':
      return poetry(text, file);
    case 'Pipfile.lock':
      return pipfile(text, file);
    case 'uv.lock':
      return uv(text, file);
    case 'pylock.toml':
      return pylock(text, file);
    case 'pdm.lock':
      return pdm(text, file);
  }
}

function poetry(text: string, file: string): Manifest {
  const data = tomlOf(text, file);
  const meta = isObj(data.metadata) ? data.metadata : {};
  const version = str(meta['lock-version']);
  const mj = major(version);
  if (mj !== 1 && mj !== 2) throw new ManifestError(`poetry.lock lock-version ${JSON.stringify(version ?? meta['lock-version'] ?? null)} is not supported (1.x and 2.x are)`, { file, line: 1 });
  const legacyFiles = isObj(meta.files) ? meta.files : {};
  const legacyByName = new Map(Object.entries(legacyFiles).map(([k, v]) => [normalizeName(k), v]));
  const m = emptyManifest(file, 'poetry.lock');
  for (const { p, line } of withLines(text, 'package', arr(data.package))) {
    const name = str(p.name);
    if (!name) throw new ManifestError('package without a name', { file, line });
    const ver = str(p.version);
    const fileList = Array.isArray(p.files) ? p.files : arr(legacyByName.get(normalizeName(name)));
    const files = fileList.filter(isObj).map((f) => fileOf(str(f.file), str(f.url), [normHash(str(f.hash) ?? '')].filter((h): h is string => !!h)));
    const r = req(name, ver, file, line, { files, hashes: allHashes(files) });
    const markers = p.markers;
    if (typeof markers === 'string') r.markers = markers;
    else if (isObj(markers)) {
      const ms = [...new Set(Object.values(markers).filter((v): v is string => typeof v === 'string'))];
      r.markers = ms.length === 1 ? ms[0] : ms.length ? ms.map((x) => `(${x})`).join(' or ') : null;
    }
    const src = isObj(p.source) ? p.source : null;
    const type = str(src?.type);
    const url = str(src?.url);
    if (src && url) {
      if (type === 'legacy' || type === 'explicit' || type === 'supplemental') r.index = url;
      else if (type === 'git') r.url = `git+${url}@${str(src.resolved_reference) ?? str(src.reference) ?? ''}`.replace(/@$/, '');
      else if (type === 'url') r.url = url;
      else if (type === 'file' || type === 'directory') {
        r.url = url;
        r.editable = p.develop === true;
      } else throw new ManifestError(`package source type ${JSON.stringify(type)} is not supported`, { file, line });
    }
    m.requirements.push(r);
  }
  return m;
}

function pipfile(text: string, file: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ManifestError(`not valid JSON: ${(e as Error).message}`, { file, line: 1 });
  }
  if (!isObj(data) || !isObj(data._meta)) throw new ManifestError('not a Pipfile.lock: no _meta', { file, line: 1 });
  const spec = data._meta['pipfile-spec'];
  if (spec !== 6) throw new ManifestError(`pipfile-spec ${JSON.stringify(spec ?? null)} is not supported (6 is)`, { file, line: 1 });
  const sources = arr(data._meta.sources).filter(isObj);
  const lines = jsonKeyLines(text);
  const m = emptyManifest(file, 'Pipfile.lock');
  for (const s of sources) if (str(s.url)) m.indexUrls.push(str(s.url)!);
  for (const section of ['default', 'develop']) {
    const entries = data[section];
    if (entries === undefined) continue;
    if (!isObj(entries)) throw new ManifestError(`"${section}" is not an object`, { file, line: 1 });
    for (const [name, e] of Object.entries(entries)) {
      const line = lines.get(`${section}/${name}`) ?? 1;
      if (!isObj(e)) throw new ManifestError(`entry ${JSON.stringify(name)} is not an object`, { file, line });
      const v = str(e.version);
      const ver = v?.startsWith('==') ? v.slice(2) : null;
      const hashes = arr(e.hashes).map((h) => normHash(String(h))).filter((h): h is string => !!h);
      const r = req(name, ver, file, line, { hashes, markers: str(e.markers), extras: arr(e.extras).map((x) => normalizeName(String(x))) });
      if (v && !ver) r.specifier = v;
      const idx = str(e.index);
      r.index = (idx ? str(sources.find((s) => s.name === idx)?.url) : null) ?? null;
      if (str(e.git)) r.url = `git+${str(e.git)}${str(e.ref) ? '@' + str(e.ref) : ''}`;
      else if (str(e.file)) r.url = str(e.file);
      else if (str(e.path)) r.url = str(e.path);
      r.editable = e.editable === true;
      r.text = `${name}${v ?? ''}${r.url ? ` @ ${r.url}` : ''}`;
      m.requirements.push(r);
    }
  }
  return m;
}

function uv(text: string, file: string): Manifest {
  const data = tomlOf(text, file);
  if (data.version !== 1) throw new ManifestError(`uv.lock version ${JSON.stringify(data.version ?? null)} is not supported (1 is)`, { file, line: 1 });
  const m = emptyManifest(file, 'uv.lock');
  for (const { p, line } of withLines(text, 'package', arr(data.package))) {
    const name = str(p.name);
    if (!name) throw new ManifestError('package without a name', { file, line });
    const files: LockedFile[] = [];
    const add = (f: unknown) => {
      if (!isObj(f)) return;
      files.push(fileOf(str(f.filename), str(f.url) ?? str(f.path), [normHash(str(f.hash) ?? '')].filter((h): h is string => !!h)));
    };
    add(p.sdist);
    arr(p.wheels).forEach(add);
    const r = req(name, str(p.version), file, line, { files, hashes: allHashes(files) });
    const src = isObj(p.source) ? p.source : {};
    if (str(src.registry)) r.index = str(src.registry);
    else if (str(src.git)) r.url = `git+${str(src.git)}`;
    else if (str(src.url)) r.url = str(src.url);
    else if (str(src.path)) r.url = str(src.path);
    else if (str(src.directory) ?? str(src.editable) ?? str(src.virtual)) {
      r.url = str(src.directory) ?? str(src.editable) ?? str(src.virtual);
      r.editable = !!str(src.editable);
    } else throw new ManifestError(`package ${JSON.stringify(name)} has a source this reader does not know: ${JSON.stringify(Object.keys(src))}`, { file, line });
    m.requirements.push(r);
  }
  return m;
}

function pylock(text: string, file: string): Manifest {
  const data = tomlOf(text, file);
  const version = str(data['lock-version']);
  if (major(version) !== 1) throw new ManifestError(`pylock lock-version ${JSON.stringify(version ?? data['lock-version'] ?? null)} is not supported (1.x is)`, { file, line: 1 });
  const m = emptyManifest(file, 'pylock.toml');
  const hashesOf = (h: unknown): string[] => (isObj(h) ? Object.entries(h).map(([k, v]) => (typeof v === 'string' ? normHash(`${k}:${v}`) : null)).filter((x): x is string => !!x) : []);
  for (const { p, line } of withLines(text, 'packages', arr(data.packages))) {
    const name = str(p.name);
    if (!name) throw new ManifestError('package without a name', { file, line });
    const files: LockedFile[] = [];
    const add = (f: unknown) => {
      if (isObj(f)) files.push(fileOf(str(f.name), str(f.url) ?? str(f.path), hashesOf(f.hashes)));
    };
    add(p.sdist);
    arr(p.wheels).forEach(add);
    const r = req(name, str(p.version), file, line, { markers: str(p.marker), index: str(p.index) });
    if (isObj(p.vcs)) r.url = `${str(p.vcs.type) ?? 'git'}+${str(p.vcs.url) ?? str(p.vcs.path) ?? ''}${str(p.vcs['commit-id']) ? '@' + str(p.vcs['commit-id']) : ''}`;
    else if (isObj(p.directory)) {
      r.url = str(p.directory.path);
      r.editable = p.directory.editable === true;
    } else if (isObj(p.archive)) {
      add(p.archive);
      r.url = str(p.archive.url) ?? str(p.archive.path);
    } else if (!files.length) throw new ManifestError(`package ${JSON.stringify(name)} lists no sdist, wheels, archive, directory or vcs`, { file, line });
    r.files = files;
    r.hashes = allHashes(files);
    m.requirements.push(r);
  }
  return m;
}

function pdm(text: string, file: string): Manifest {
  const data = tomlOf(text, file);
  const meta = isObj(data.metadata) ? data.metadata : {};
  const version = str(meta.lock_version);
  if (major(version) !== 4) throw new ManifestError(`pdm.lock lock_version ${JSON.stringify(version ?? meta.lock_version ?? null)} is not supported (4.x is)`, { file, line: 1 });
  const m = emptyManifest(file, 'pdm.lock');
  for (const { p, line } of withLines(text, 'package', arr(data.package))) {
    const name = str(p.name);
    if (!name) throw new ManifestError('package without a name', { file, line });
    const files = arr(p.files).filter(isObj).map((f) => fileOf(str(f.file), str(f.url), [normHash(str(f.hash) ?? '')].filter((h): h is string => !!h)));
    const r = req(name, str(p.version), file, line, { files, hashes: allHashes(files), markers: str(p.marker), extras: arr(p.extras).filter((x): x is string => typeof x === 'string').map(normalizeName) });
    if (str(p.git)) r.url = `git+${str(p.git)}${str(p.revision) ? '@' + str(p.revision) : ''}`;
    else if (str(p.url)) r.url = str(p.url);
    else if (str(p.path)) {
      r.url = str(p.path);
      r.editable = p.editable === true;
    }
    m.requirements.push(r);
  }
  return m;
}
