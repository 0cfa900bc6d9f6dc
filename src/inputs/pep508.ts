/**
 * One requirement line in PEP 508 form (`name[extras] specifier ; markers`, `name @ url ; markers`) and the forms
 * pip also accepts (bare URLs, paths, `#egg=` fragments). Hand-written: the grammar is small, and the parser must
 * never throw on hostile lines, only return an error.
 */
import { normalizeName, parseArtifactFilename, SDIST_EXT_RE, unescapeUrlPart } from './names.js';
import { parseSpecifierSet, pinnedVersion } from './pep440.js';

export interface ParsedRequirement {
  name: string | null;
  extras: string[];
  specifier: string;
  version: string | null;
  markers: string | null;
  url: string | null;
}

const NAME_RE = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?\s*/;
const URL_SCHEME_RE = /^[a-z][a-z0-9+.-]*:\/\//i;
const VCS_RE = /^(git|hg|svn|bzr)\+/i;

export const isVcsUrl = (url: string): boolean => VCS_RE.test(url);
export const isUrl = (s: string): boolean => URL_SCHEME_RE.test(s) || /^file:/i.test(s);

/** A path or URL as pip would read it: does this look like something other than a project name? */
export function looksLikePathOrUrl(s: string): boolean {
  return isUrl(s) || isVcsUrl(s) || s.startsWith('.') || s.startsWith('/') || s.includes('/') || s.includes('\\') || /\.whl$/i.test(s) || SDIST_EXT_RE.test(s);
}

function splitExtras(s: string | undefined): string[] {
  if (!s) return [];
  return s.split(',').map((x) => x.trim()).filter(Boolean).map(normalizeName);
}

/** The project name a URL or path names: `#egg=name`, or the artifact file name. */
export function nameFromUrl(url: string): { name: string | null; version: string | null } {
  const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(url);
  if (egg) return { name: normalizeName(egg[1].replace(/-\d.*$/, '')), version: null };
  const path = url.split(/[#?]/)[0];
  const base = path.slice(path.lastIndexOf('/') + 1);
  const file = unescapeUrlPart(base);
  const parsed = parseArtifactFilename(file);
  return parsed ? { name: parsed.name, version: parsed.version } : { name: null, version: null };
}

export function parseRequirement(line: string): ParsedRequirement | { error: string } {
  const text = line.trim();
  if (!text) return { error: 'empty requirement' };
  if (text.length > 8192) return { error: 'requirement longer than 8192 characters' };
  // Bare URL or path (pip's extension): markers follow `; ` with a space before the semicolon.
  if (looksLikePathOrUrl(text.split(/\s/)[0].replace(/\[.*$/, ''))) {
    const m = /^(\S+?)(\[[^\]]*\])?(?:\s*;\s*(.*))?$/.exec(text.replace(/\s+;/, ' ;'));
    const target = m ? m[1] : text.split(/\s/)[0];
    const markers = m?.[3]?.trim() || null;
    const n = nameFromUrl(target);
    return { name: n.name, extras: splitExtras(m?.[2]?.slice(1, -1)), specifier: n.version ? `==${n.version}` : '', version: n.version, markers, url: target };
  }
  const nm = NAME_RE.exec(text);
  if (!nm) return { error: `not a requirement: ${JSON.stringify(text.slice(0, 80))}` };
  const name = normalizeName(nm[1]);
  const extras = splitExtras(nm[2]);
  let rest = text.slice(nm[0].length);
  if (rest.startsWith('@')) {
    rest = rest.slice(1).trim();
    const um = /^(\S+)(?:\s+;\s*(.*))?\s*$/.exec(rest);
    if (!um) return { error: `missing URL after @ in ${JSON.stringify(text.slice(0, 80))}` };
    const fromUrl = nameFromUrl(um[1]);
    return { name, extras, specifier: '', version: fromUrl.name === name ? fromUrl.version : null, markers: um[2]?.trim() || null, url: um[1] };
  }
  let markers: string | null = null;
  const semi = rest.indexOf(';');
  if (semi >= 0) {
    markers = rest.slice(semi + 1).trim() || null;
    rest = rest.slice(0, semi);
  }
  let spec = rest.trim();
  if (spec.startsWith('(') && spec.endsWith(')')) spec = spec.slice(1, -1).trim();
  const specs = parseSpecifierSet(spec);
  if (specs === null) return { error: `bad version specifier ${JSON.stringify(spec.slice(0, 80))}` };
  return { name, extras, specifier: specs.map((s) => `${s.op}${s.version}`).join(','), version: pinnedVersion(specs), markers, url: null };
}
