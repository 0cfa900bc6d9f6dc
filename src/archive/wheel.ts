/** Wheel specifics: file-name parsing and the RECORD check (PEP 376 / PEP 427). */
import type { Hit } from '../analyzers/types.js';

export interface MemberDigest {
  name: string;
  size: number;
  /** urlsafe base64 without padding, as RECORD writes it; null when the member was not read (a limit). */
  sha256: string | null;
  /** The same digest in hex: some build tools write RECORD hashes in hex. */
  sha256hex?: string;
  /** Content, kept only for the RECORD file itself. */
  data?: Uint8Array;
}

export interface RecordFinding {
  rule: 'recordAbsent' | 'recordUnlisted' | 'recordMismatch' | 'recordMissing' | 'corrupt';
  path: string;
  hit: Hit;
}

/** Parse RECORD as Python's csv module writes it: comma separated, fields optionally double-quoted. */
export function parseRecord(text: string, maxRows = 200_000): string[][] {
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line) continue;
    if (rows.length >= maxRows) break;
    const fields: string[] = [];
    let i = 0;
    while (i <= line.length) {
      if (line[i] === '"') {
        let v = '';
        i++;
        while (i < line.length) {
          if (line[i] === '"') {
            if (line[i + 1] === '"') { v += '"'; i += 2; continue; }
            i++;
            break;
          }
          v += line[i++];
        }
        fields.push(v);
        i = line.indexOf(',', i) === -1 ? line.length + 1 : line.indexOf(',', i) + 1;
      } else {
        const j = line.indexOf(',', i);
        fields.push(j === -1 ? line.slice(i) : line.slice(i, j));
        i = j === -1 ? line.length + 1 : j + 1;
      }
    }
    rows.push(fields);
  }
  return rows;
}

const SIGNATURE_FILES = /\.dist-info\/RECORD(\.jws|\.p7s)?$/;
const MAX_REPORTED = 20;

/**
 * Compare the members of a wheel with its RECORD: every file must be listed with its hash and size (RECORD itself
 * and its signatures excepted); pip does not check this at install time, so a member added after the wheel was built
 * would go unnoticed by pip.
 */
export function checkRecord(members: MemberDigest[]): RecordFinding[] {
  const out: RecordFinding[] = [];
  const records = members.filter((m) => /^[^/]+\.dist-info\/RECORD$/.test(m.name));
  if (records.length === 0) {
    return [{ rule: 'recordAbsent', path: '', hit: { message: 'wheel has no .dist-info/RECORD' } }];
  }
  const record = records[records.length - 1];
  const rows = parseRecord(Buffer.from(record.data ?? new Uint8Array()).toString('utf8'));
  const listed = new Map<string, { hash: string; size: string }>();
  for (const r of rows) listed.set(r[0] ?? '', { hash: r[1] ?? '', size: r[2] ?? '' });
  const present = new Set<string>();
  let unlisted = 0;
  let mismatched = 0;
  for (const m of members) {
    if (m.name.endsWith('/')) continue;
    present.add(m.name);
    if (SIGNATURE_FILES.test(m.name)) continue;
    const row = listed.get(m.name);
    if (!row) {
      if (unlisted++ < MAX_REPORTED) out.push({ rule: 'recordUnlisted', path: m.name, hit: { message: 'member is not listed in RECORD' } });
      continue;
    }
    if (m.sha256 === null) continue;
    if (row.hash) {
      const [algo, value] = row.hash.split('=', 2);
      if (algo === 'sha256' && value !== m.sha256 && value.toLowerCase() !== m.sha256hex) {
        if (mismatched++ < MAX_REPORTED) out.push({ rule: 'recordMismatch', path: m.name, hit: { message: 'sha256 differs from RECORD', evidence: { record: value, actual: m.sha256 } } });
        continue;
      }
    }
    if (row.size && /^\d+$/.test(row.size) && Number(row.size) !== m.size) {
      if (mismatched++ < MAX_REPORTED) out.push({ rule: 'recordMismatch', path: m.name, hit: { message: `size ${m.size} differs from RECORD's ${row.size}` } });
    }
  }
  let missing = 0;
  for (const name of listed.keys()) {
    if (!name || present.has(name) || name.startsWith('../') || name.includes('.data/../')) continue;
    if (missing++ < MAX_REPORTED) out.push({ rule: 'recordMissing', path: name, hit: { message: 'RECORD lists a file the wheel does not contain' } });
  }
  if (unlisted > MAX_REPORTED || mismatched > MAX_REPORTED || missing > MAX_REPORTED) {
    out.push({ rule: 'corrupt', path: record.name, hit: { message: `RECORD problems beyond the first ${MAX_REPORTED} of each kind: ${unlisted} unlisted, ${mismatched} mismatched, ${missing} missing`, strength: 0 } });
  }
  return out;
}

export interface DistName {
  kind: 'wheel' | 'sdist' | 'egg' | 'unknown';
  name: string | null;
  version: string | null;
}

/** Name and version from an artifact file name (PEP 427 wheels, PEP 625 sdists, eggs). */
export function parseArtifactName(file: string): DistName {
  const base = file.slice(file.lastIndexOf('/') + 1);
  let m = /^([^-]+)-([^-]+)(?:-\d[^-]*)?-[^-]+-[^-]+-[^-]+\.whl$/i.exec(base);
  if (m) return { kind: 'wheel', name: m[1], version: m[2] };
  m = /^(.+?)-(\d[^-]*?)(?:-py\d[\d.]*)?(?:-[^-]+)?\.egg$/i.exec(base);
  if (m) return { kind: 'egg', name: m[1], version: m[2] };
  m = /^(.+)-(\d[^-]*?)\.(tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.lzma|tar\.lz|tlz|tar|zip)$/i.exec(base);
  if (m) return { kind: 'sdist', name: m[1], version: m[2] };
  return { kind: /\.whl$/i.test(base) ? 'wheel' : 'unknown', name: null, version: null };
}

/** Name and version from METADATA / PKG-INFO (RFC 822 style headers). */
export function parseMetadata(text: string): { name: string | null; version: string | null } {
  const head = text.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const name = /^Name:\s*(.+)$/im.exec(head)?.[1]?.trim() ?? null;
  const version = /^Version:\s*(.+)$/im.exec(head)?.[1]?.trim() ?? null;
  return { name, version };
}
