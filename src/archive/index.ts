/**
 * Unpacking: turn an artifact's bytes into members, in memory, under limits. Members are handed to a callback one by
 * one so the caller can analyse and drop them; nothing is ever written to disk, least of all under a member's name.
 * Everything odd about how the artifact is packed becomes a finding; every limit hit also marks the scan incomplete.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../types.js';
import type { Limits } from '../options.js';
import type { Hit } from '../analyzers/types.js';
import { makeFinding } from '../analyzers/run.js';
import { detectMagic, findZipEOCD, isTar, tarHeaderValid } from '../formats/magic.js';
import { ARCHIVE_RULES as R } from './rules.js';
import { extractZipEntry, markExclusive, readZipDirectory, releaseExclusive, ZipFormatError, type ZipEntry } from './zip.js';
import { readTar } from './tar.js';
import { bunzip2, gunzipBounded, uncompressZ, unxz, unzstd, type Decompressed } from './compress.js';
import { checkRecord, type MemberDigest } from './wheel.js';

export interface Member {
  /** Path inside the artifact; nested members are `outer!/inner`. */
  path: string;
  data: Uint8Array;
  depth: number;
}

/** `xz` and `lzma` (.lzma, "alone") share one decoder, as in Python's lzma module; `compress` is Unix .Z. */
export type ContainerFormat = 'zip' | 'tar' | 'tar.gz' | 'tar.bz2' | 'gzip' | 'bzip2' | 'xz' | 'lzma' | 'compress' | 'zstd';

/** Compressed streams: decompressed whole, then walked as a tar or handed on as one member. */
const STREAMS: Partial<Record<ContainerFormat, (d: Uint8Array, maxOut: number) => Decompressed | Promise<Decompressed>>> = {
  gzip: gunzipBounded,
  'tar.gz': gunzipBounded,
  bzip2: bunzip2,
  'tar.bz2': bunzip2,
  xz: unxz,
  lzma: unxz,
  compress: uncompressZ,
  zstd: unzstd,
};

/** Formats named by src/formats/magic.ts that compress or archive content and that the scanner cannot open. */
const UNREADABLE = new Set(['lz4', 'lzip', 'lzop', '7z', 'rar', 'cab']);

export interface UnpackState {
  findings: Finding[];
  incomplete: string[];
  members: number;
  bytes: number;
  /** Every member path seen, in order. */
  paths: string[];
}

type OnMember = (m: Member) => Promise<void> | void;

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

/**
 * Which container the bytes are, from their leading bytes. A tar header with a valid checksum is a tar whatever its
 * first name says (a name starting `PK\x03\x04` must not turn a tar into a "zip"); a zip appended to something else is
 * found separately (`appendedZip`).
 */
export function containerOf(d: Uint8Array): ContainerFormat | null {
  if (isTar(d) && tarHeaderValid(d)) return 'tar';
  const t = detectMagic(d);
  if (!t) return null;
  if (t.format === 'zip') return 'zip';
  if (t.format === 'tar') return 'tar';
  if (t.format === 'gzip') return 'gzip';
  if (t.format === 'bzip2') return 'bzip2';
  if (t.format === 'xz') return 'xz';
  if (t.format === 'lzma') return 'lzma';
  if (t.format === 'compress') return 'compress';
  if (t.format === 'zstd') return 'zstd';
  return null;
}

/** The format of compressed or archived bytes the scanner has no reader for, or null. */
export function unreadableFormat(d: Uint8Array): string | null {
  const t = detectMagic(d);
  return t && UNREADABLE.has(t.format) ? t.format : null;
}

/**
 * A zip directory at the end of bytes that do not start as a zip (media/zip polyglots, self-extractors, zipapps, a
 * tar or gzip with a zip after it). Python's zipfile opens such files, and pip unpacks any sdist that
 * `zipfile.is_zipfile` accepts as a zip, whatever its name.
 */
export function appendedZip(d: Uint8Array): boolean {
  if (findZipEOCD(d) <= 0) return false;
  try {
    const dir = readZipDirectory(d, 1);
    return dir.entries.length > 0 && dir.entries[0].dataOffset >= 0;
  } catch {
    return false;
  }
}

/**
 * Bytes read out of zip entries whose data overlaps another entry's, per artifact. No archiver writes such entries;
 * they are how non-recursive zip bombs make one compressed kernel count thousands of times. Past this budget the
 * remaining overlapping entries are not read (the scan is incomplete).
 */
export const MAX_OVERLAP_BYTES = 64 * 1024 * 1024;

/** Entries whose bytes (local header to the end of the data) overlap another entry's. */
function overlappingEntries(entries: ZipEntry[]): Set<ZipEntry> {
  const spans = entries
    .filter((e) => e.dataOffset >= 0)
    .map((e) => ({ e, start: e.localOffset, end: e.dataOffset + e.compressedSize }))
    .sort((a, b) => a.start - b.start);
  const out = new Set<ZipEntry>();
  let maxEnd = -1;
  let owner: ZipEntry | null = null;
  for (const x of spans) {
    if (owner && x.start < maxEnd) {
      out.add(x.e);
      out.add(owner);
    }
    if (x.end > maxEnd) {
      maxEnd = x.end;
      owner = x.e;
    }
  }
  return out;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

/** A zip member's name as Python's zipfile uses it: cut at the first NUL byte. */
function installedName(name: string): string {
  const nul = name.indexOf('\0');
  return nul >= 0 ? name.slice(0, nul) : name;
}

class Unpacker {
  readonly state: UnpackState = { findings: [], incomplete: [], members: 0, bytes: 0, paths: [] };
  private stopped: string | null = null;
  /** What is left of MAX_OVERLAP_BYTES. */
  private overlapLeft = MAX_OVERLAP_BYTES;

  constructor(private readonly limits: Limits, private readonly onMember: OnMember) {}

  private find(rule: (typeof R)[keyof typeof R], path: string, hit: Hit): void {
    if (this.state.findings.length < 2000) this.state.findings.push(makeFinding(rule, path, hit));
  }

  private incomplete(reason: string): void {
    if (this.state.incomplete.length < 200) this.state.incomplete.push(reason);
  }

  /** Stop unpacking the whole artifact (a global limit was hit). */
  private stop(reason: string, path: string): void {
    if (this.stopped) return;
    this.stopped = reason;
    this.find(R.bomb, path, { message: reason, evidence: { limit: reason } });
    this.incomplete(reason);
  }

  /** Name checks shared by zip and tar members. */
  private checkName(name: string, displayPath: string): void {
    const norm = name.replace(/\\/g, '/');
    if (norm.includes('\0')) this.find(R.corrupt, displayPath, { message: 'member name contains a NUL byte', strength: 1 });
    if (/^\//.test(norm) || /^[A-Za-z]:/.test(norm)) {
      this.find(R.absolute, displayPath, { message: `member name is an absolute path: ${JSON.stringify(name.slice(0, 200))}` });
    }
    if (norm.split('/').includes('..')) {
      this.find(R.traversal, displayPath, { message: `member name climbs out of the tree: ${JSON.stringify(name.slice(0, 200))}` });
    }
  }

  /** Would this link target, relative to the member's folder, leave the tree? */
  private static escapes(memberName: string, target: string): boolean {
    const t = target.replace(/\\/g, '/');
    if (t.startsWith('/') || /^[A-Za-z]:/.test(t)) return true;
    const parts = memberName.replace(/\\/g, '/').split('/').slice(0, -1);
    for (const p of t.split('/')) {
      if (p === '..') {
        if (parts.length === 0) return true;
        parts.pop();
      } else if (p !== '.' && p !== '') parts.push(p);
    }
    return false;
  }

  /** Account for one member's bytes against the global limits; false when it must not be read. */
  private admit(path: string, size: number): boolean {
    if (this.stopped) return false;
    if (this.state.members >= this.limits.maxMembers) {
      this.stop(`more than ${this.limits.maxMembers} members (member-count limit)`, path);
      return false;
    }
    if (this.state.bytes + size > this.limits.maxTotalBytes) {
      this.stop(`more than ${this.limits.maxTotalBytes} uncompressed bytes in all (total-size limit)`, path);
      return false;
    }
    return true;
  }

  private remaining(): number {
    return Math.max(0, Math.min(this.limits.maxMemberBytes, this.limits.maxTotalBytes - this.state.bytes));
  }

  /** Hand a member to the caller, then open it if it is itself an archive. */
  private async emit(path: string, data: Uint8Array, depth: number): Promise<void> {
    if (!this.admit(path, data.length)) return;
    this.state.members++;
    this.state.bytes += data.length;
    this.state.paths.push(path);
    await this.onMember({ path, data, depth });
    const magic = containerOf(data);
    // a zip at the end of something else is opened too: media polyglots, self-extractors, zipapps, a zip hidden in
    // the raw bytes of a compressed stream. A tar with a zip as its last member is not one: that zip is a member.
    const zipToo = magic !== 'zip' && magic !== 'tar' && appendedZip(data);
    if (!magic && !zipToo) {
      // compressed bytes that nothing here can open would otherwise pass as an opaque file
      const other = unreadableFormat(data);
      if (other) {
        this.find(R.unsupported, path, { message: `${other} data: the scanner cannot decompress it, so its content was not scanned` });
        this.incomplete(`${path}: ${other} data not scanned (no ${other} reader)`);
      }
      return;
    }
    if (depth + 1 > this.limits.maxDepth) {
      this.find(R.depth, path, { message: `archive nested ${depth + 1} levels deep was not opened (depth limit ${this.limits.maxDepth})` });
      this.incomplete(`${path}: nested archive not opened (depth limit ${this.limits.maxDepth})`);
      return;
    }
    if (magic) await this.container(data, magic, path, depth + 1);
    if (zipToo && !this.stopped) await this.zipAfter(data, magic, path, depth + 1);
  }

  /**
   * The zip directory at the end of bytes that start as something else. Media with a zip behind it is reported by the
   * filetype analyzer (type.polyglot) and a self-extractor or zipapp is ordinary, so only an archive that reads as two
   * different archives is an archive finding here.
   */
  async zipAfter(d: Uint8Array, first: ContainerFormat | null, prefix: string, depth: number): Promise<void> {
    if (first) {
      this.find(R.prefix, prefix, { message: `${first} data that is also a zip archive (pip and Python's zipfile open it as the zip): both were scanned` });
    }
    await this.zip(d, prefix, depth, true);
  }

  /** Open one container; members are named `prefix!/name` (no prefix at the top level). */
  async container(d: Uint8Array, format: ContainerFormat, prefix: string, depth: number, polyglot = false): Promise<void> {
    const join = (name: string) => (prefix ? `${prefix}!/${name}` : name);
    const where = prefix || '(artifact)';
    const decompress = STREAMS[format];
    if (decompress) {
      const r = await decompress(d, this.remaining());
      if (!r.ok) {
        if (r.tooLarge) this.stop(`${where}: ${r.reason}`, prefix);
        else if (r.unsupported) {
          this.find(R.unsupported, prefix, { message: r.reason });
          this.incomplete(`${where}: ${r.reason}`);
        } else {
          this.find(R.corrupt, prefix, { message: r.reason });
          this.incomplete(`${where}: ${r.reason}`);
        }
        return;
      }
      const data = r.data;
      // decompressed into memory of its own (zlib's output, or the hand-written decoders' arrays), freed once walked
      // like an inflated zip member: a tar's members are views of it, each the caller's until its callback has settled
      markExclusive(data, d);
      this.ratio(prefix, d.length, data.length);
      if (r.trailing) {
        // the member's own analysis skips compressed files: bytes after the stream, which its readers ignore but a
        // loader can read straight from the file, are a member of their own
        const t = d.subarray(d.length - r.trailing);
        this.find(R.prefix, prefix, { message: `${t.length} bytes after the ${format} data, which no decompressor reads`, offset: d.length - t.length, length: t.length });
        await this.emit(join('(trailing data)'), t, depth);
        if (this.stopped) return;
      }
      // pip decides "zip or tar" on the compressed file, so only the raw bytes get a second, zip reading (unpack)
      // what tarfile.open accepts as a tar is one, even where the type detection is stricter
      if (tarHeaderValid(data) || containerOf(data) === 'tar') await this.tar(data, prefix, depth);
      else {
        // a lone compressed file: its content is a member of its own
        const base = prefix ? prefix.slice(prefix.lastIndexOf('/') + 1).replace(/\.(gz|bz2|tgz|xz|txz|lzma|tlz|Z)$/i, '') || 'content' : 'content';
        await this.emit(join(base), data, depth);
      }
      releaseExclusive(data);
      return;
    }
    if (format === 'tar') return this.tar(d, prefix, depth);
    return this.zip(d, prefix, depth, polyglot);
  }

  private ratio(path: string, compressed: number, size: number): void {
    // Zero-filled test data compresses a thousandfold too: the ratio matters when the size does.
    if (size > 32 * 1024 * 1024 && size / Math.max(1, compressed) > this.limits.maxRatio) {
      this.find(R.bomb, path, {
        message: `compression ratio ${Math.round(size / Math.max(1, compressed))}:1 (limit ${this.limits.maxRatio}:1)`,
        strength: 0.4,
        evidence: { compressed, size },
      });
    }
  }

  private async tar(d: Uint8Array, prefix: string, depth: number): Promise<void> {
    const join = (name: string) => (prefix ? `${prefix}!/${name}` : name);
    const listing = readTar(d, Math.max(0, this.limits.maxMembers - this.state.members), this.remaining());
    for (const p of listing.problems.slice(0, 5)) {
      this.find(R.corrupt, prefix, { message: `tar: ${p}` });
      this.incomplete(`${prefix || '(artifact)'}: tar: ${p}`);
    }
    for (const n of listing.notes.slice(0, 5)) this.find(R.corrupt, prefix, { message: `tar: ${n}` });
    const seen = new Map<string, string>();
    for (const e of listing.entries) {
      const path = join(e.path);
      this.checkName(e.path, path);
      if (e.type === 'symlink' || e.type === 'hardlink') {
        if (e.linkpath !== undefined && Unpacker.escapes(e.type === 'hardlink' ? '' : e.path, e.linkpath)) {
          this.find(R.linkOut, path, { message: `${e.type} to ${JSON.stringify(e.linkpath.slice(0, 200))} leaves the tree`, evidence: { target: e.linkpath.slice(0, 500) } });
        }
        continue;
      }
      if (e.type === 'device' || e.type === 'fifo') {
        this.find(R.device, path, { message: `${e.type} entry in a package archive` });
        continue;
      }
      if (e.type !== 'file') continue;
      if (e.skipped) {
        this.find(R.bomb, path, { message: e.skipped });
        this.incomplete(`${path}: ${e.skipped}`);
        continue;
      }
      this.duplicate(seen, e.path, path, createHash('sha256').update(e.data).digest('base64url'));
      await this.emit(path, e.data, depth);
      if (this.stopped) return;
    }
    if (listing.dropped) this.stop(`more than ${this.limits.maxMembers} members (member-count limit)`, prefix);
  }

  /** `h` is the member's sha256 (computed once per member, shared with the RECORD check). */
  private duplicate(seen: Map<string, string>, name: string, path: string, h: string): void {
    const key = name.replace(/\\/g, '/').replace(/^\.\//, '');
    const prev = seen.get(key);
    if (prev !== undefined) {
      const same = prev === h;
      this.find(R.duplicate, path, {
        message: same ? 'name appears twice with the same content' : 'name appears twice with different content: the one installed is the last',
        strength: same ? 0.25 : 1,
      });
    }
    seen.set(key, h);
  }

  private async zip(d: Uint8Array, prefix: string, depth: number, polyglot = false): Promise<void> {
    const join = (name: string) => (prefix ? `${prefix}!/${name}` : name);
    const where = prefix || '(artifact)';
    let dir;
    try {
      dir = readZipDirectory(d, Math.max(0, this.limits.maxMembers - this.state.members));
    } catch (e) {
      const msg = e instanceof ZipFormatError ? e.message : `unreadable zip: ${e instanceof Error ? e.message : String(e)}`;
      this.find(R.corrupt, prefix, { message: `zip: ${msg}` });
      this.incomplete(`${where}: zip: ${msg}`);
      return;
    }
    for (const p of dir.problems) {
      if (/member limit/.test(p)) this.stop(`${where}: ${p}`, prefix);
      else if (/prepended/.test(p)) {
        if (!polyglot) this.find(R.prefix, prefix, { message: p });
      }
      else {
        this.find(R.corrupt, prefix, { message: `zip: ${p}` });
        this.incomplete(`${where}: zip: ${p}`);
      }
    }
    for (const w of dir.warnings) this.find(R.headerMismatch, prefix, { message: `zip: ${w}` });
    if (dir.prefixBytes > 0 && !polyglot) {
      this.find(R.prefix, prefix, { message: `${dir.prefixBytes} bytes before the first zip member`, offset: 0, length: dir.prefixBytes });
    }
    if (dir.overlapping > 0) {
      // every member is still read (within the limits); the construction itself is the finding
      this.find(R.bomb, prefix, { message: `${dir.overlapping} zip entries share or overlap another entry's data (an overlapping-entry bomb construction)`, strength: 0.6 });
    }
    const gapBytes = dir.gaps.reduce((a, g) => a + g.length, 0);
    if (gapBytes > 0) {
      const g = dir.gaps[0];
      this.find(R.prefix, prefix, { message: `${gapBytes} bytes between zip members that no entry covers`, offset: g.offset, length: g.length });
    }
    const seen = new Map<string, string>();
    const digests: MemberDigest[] = [];
    const overlapped = overlappingEntries(dir.entries);
    let overlapSkipped = 0;
    for (const e of dir.entries) {
      // Python's zipfile cuts names at a NUL: `evil.pth\0.txt` is installed as `evil.pth`
      const name = installedName(e.name);
      const path = join(name);
      this.checkName(e.name, path);
      if (e.badName) {
        this.find(R.corrupt, path, { message: 'member name is flagged as UTF-8 but is not valid UTF-8: Python\'s zipfile refuses the archive, other tools install the member under some name' });
      }
      for (const p of e.problems) {
        this.find(R.headerMismatch, path, { message: p });
      }
      // Only a name ending in `/` makes a directory for Python's zipfile; an empty one has nothing to read
      if (name.endsWith('/') && e.size === 0 && e.compressedSize <= 2) continue;
      if (!this.admit(path, 0)) return;
      // an entry sharing its data with others reads from the overlap budget, not only from the size limits
      const shared = overlapped.has(e);
      const maxOut = shared ? Math.min(this.remaining(), this.overlapLeft) : this.remaining();
      if (shared && this.overlapLeft <= 0) {
        overlapSkipped++;
        if (depth === 0 && !prefix) digests.push(digest(name, e, null));
        continue;
      }
      const r = extractZipEntry(d, e, maxOut);
      if (shared) this.overlapLeft -= r.ok ? r.data.length : (r.inflated ?? 0);
      if (shared && !r.ok && r.kind === 'too-large' && maxOut < this.remaining()) {
        this.overlapLeft = 0;
        overlapSkipped++;
        if (depth === 0 && !prefix) digests.push(digest(name, e, null));
        continue;
      }
      // a streaming reader goes by the local header's method: when it names another one, that reading is scanned too
      // (under the same budgets: an overlapping entry's second reading draws on the overlap budget as well)
      if (e.localMethod !== e.method && (e.localMethod === 0 || e.localMethod === 8 || e.localMethod === 12)) {
        const altMax = shared ? Math.min(this.remaining(), this.overlapLeft) : this.remaining();
        const alt = extractZipEntry(d, e, altMax, e.localMethod);
        if (shared) this.overlapLeft -= alt.ok ? alt.data.length : (alt.inflated ?? 0);
        if (alt.ok && !(r.ok && sameBytes(r.data, alt.data))) {
          await this.emit(path, alt.data, depth);
          if (this.stopped) return;
        } else if (!alt.ok && alt.kind === 'too-large') {
          this.state.bytes += alt.inflated ?? 0;
          const why = `read as its local header says (method ${e.localMethod}): ${alt.reason}`;
          this.find(R.bomb, path, { message: why });
          this.incomplete(`${path}: ${why}`);
        }
      }
      // pip writes every other entry as a regular file, whatever file type its Unix mode claims: a "symlink",
      // "directory" or "device" entry is installed with its content, so its content is scanned like any file's
      const type = e.unixMode & S_IFMT;
      if (type === S_IFLNK) {
        const target = r.ok ? Buffer.from(r.data.subarray(0, 4096)).toString('utf8') : '';
        if (Unpacker.escapes(name, target)) {
          this.find(R.linkOut, path, { message: `symbolic link to ${JSON.stringify(target.slice(0, 200))} leaves the tree`, evidence: { target: target.slice(0, 500) } });
        }
      } else if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) {
        this.find(R.device, path, { message: `zip member has unix file type 0o${type.toString(8)} (pip installs it as a regular file)` });
      }
      if (!r.ok && depth === 0 && !prefix) digests.push(digest(name, e, null));
      if (!r.ok) {
        if (r.kind === 'too-large') {
          // inflating and dropping costs as much as keeping: it counts against the total
          this.state.bytes += r.inflated ?? 0;
          if (this.state.bytes + e.size > this.limits.maxTotalBytes) this.stop(`${path}: ${r.reason} (total-size limit)`, path);
          else {
            this.find(R.bomb, path, { message: r.reason, evidence: { declaredSize: e.size, compressedSize: e.compressedSize } });
            this.incomplete(`${path}: ${r.reason}`);
          }
        } else if (r.kind === 'unsupported') {
          this.find(R.unsupported, path, { message: r.reason });
          this.incomplete(`${path}: ${r.reason}`);
        } else {
          this.find(R.corrupt, path, { message: r.reason });
          this.incomplete(`${path}: ${r.reason}`);
        }
        if (this.stopped) return;
        continue;
      }
      if (!r.crcOk) this.find(R.corrupt, path, { message: 'CRC-32 does not match the central directory', strength: 1 });
      if (r.sizeMismatch) this.find(R.headerMismatch, path, { message: `declared ${e.size} bytes, inflated to ${r.data.length}` });
      this.ratio(path, e.compressedSize, r.data.length);
      const dg = digest(name, e, r.data);
      this.duplicate(seen, name, path, dg.sha256!);
      if (depth === 0 && !prefix) digests.push(dg);
      await this.emit(path, r.data, depth);
      // every reader is done with them (the caller, the archives opened from them): an inflated member's bytes go now,
      // but for a RECORD's, which the digests keep for the check at the end of the walk
      if (!dg.data) releaseExclusive(r.data);
      if (this.stopped) return;
    }
    if (overlapSkipped) {
      const reason = `${overlapSkipped} zip entries that overlap other entries were not read: overlapping entries had already given ${MAX_OVERLAP_BYTES} bytes (overlap limit)`;
      this.find(R.bomb, prefix, { message: reason, evidence: { limit: 'overlap', skipped: overlapSkipped } });
      this.incomplete(`${where}: ${reason}`);
    }
    if (this.wheel && depth === 0 && !prefix) {
      for (const f of checkRecord(digests)) this.find(R[f.rule], f.path, f.hit);
    }
  }

  /** Set for wheels: RECORD is checked for the top-level zip. */
  wheel = false;
}

function digest(name: string, e: ZipEntry, data: Uint8Array | null): MemberDigest {
  if (!data) return { name, size: e.size, sha256: null };
  const h = createHash('sha256').update(data).digest();
  return { name, size: data.length, sha256: h.toString('base64url'), sha256hex: h.toString('hex'), data: name.endsWith('/RECORD') ? data : undefined };
}

export interface UnpackOptions {
  limits: Limits;
  /** The artifact is a wheel: check its RECORD. */
  wheel?: boolean;
}

/**
 * Walk an artifact: its members (and members of archives inside it) are passed to `onMember`. Returns the
 * archive-level findings and every reason the walk was not complete. A member's bytes are the caller's until its
 * `onMember` has settled, no longer: the memory of an inflated zip member is freed then (a copy is needed to keep them;
 * bytes moved to another thread meanwhile are not touched).
 */
export async function unpack(d: Uint8Array, format: ContainerFormat, opts: UnpackOptions, onMember: OnMember): Promise<UnpackState> {
  const u = new Unpacker(opts.limits, onMember);
  u.wheel = !!opts.wheel;
  await u.container(d, format, '', 0);
  // pip unpacks any artifact with a zip directory at its end as a zip, whatever it starts with
  if (format !== 'zip' && appendedZip(d)) await u.zipAfter(d, format, '', 0);
  return u.state;
}
