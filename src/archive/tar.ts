/**
 * Reading tar archives in memory, never writing entries to disk.
 *
 * The reader that matters is Python's tarfile: pip unpacks sdists with it. Tar readers disagree on malformed input
 * (whether a directory or link header's size is skipped, what an unknown type flag is, which of two pax headers wins,
 * where the archive ends), and an attacker can use a disagreement to show a scanner one archive and pip another. So
 * the walk here follows tarfile's rules step by step (`TarFile.next`, `TarInfo.frombuf`, `_proc_member`), and when an
 * archive does anything on which readers are known to differ, node-tar (whose rules are those of most other readers)
 * reads it as well and every file only it sees is scanned too.
 */
import { Parser } from 'tar';
import { tarHeaderValid, tarNumber } from '../formats/magic.js';

export type TarEntryType = 'file' | 'directory' | 'symlink' | 'hardlink' | 'device' | 'fifo' | 'other';

export interface TarEntry {
  path: string;
  type: TarEntryType;
  /** Target of a link, as written in the archive. */
  linkpath?: string;
  /** Content; empty for anything but files. Truncated entries carry what was there. */
  data: Uint8Array;
  /** Size the headers declared (pax or ustar), for comparison with what was read. */
  declaredSize: number;
  /** Set when the entry was skipped because of a limit: its content is not in `data`. */
  skipped?: string;
  /** Seen only by the second reader (node-tar), not by Python's rules. */
  alternative?: boolean;
}

export interface TarListing {
  entries: TarEntry[];
  /** The archive could not be read in full: bad headers, truncation. The scan is incomplete. */
  problems: string[];
  /** Oddities read through (everything any reader extracts was still read): findings only. */
  notes: string[];
  /** Entries dropped because of the member limit. */
  dropped: number;
}

const BLOCK = 512;
const blocks = (n: number): number => Math.ceil(n / BLOCK) * BLOCK;

/** Type flags Python's tarfile knows; any other is extracted as a regular file (`makeunknown`). */
const SUPPORTED = new Set(['0', '\0', '1', '2', '3', '4', '5', '6', '7', 'L', 'K', 'S']);
const REGULAR = new Set(['0', '\0', '7', 'S']);
/** Types whose size tarfile skips: regular files and unknown types. Links, directories and devices have no data. */
const hasData = (t: string): boolean => REGULAR.has(t) || !SUPPORTED.has(t);
/** Type flags seen in ordinary archives: anything else makes readers worth comparing. */
const ORDINARY = new Set(['0', '\0', '1', '2', '5', 'x', 'L', 'K']);

function typeOf(t: string): TarEntryType {
  switch (t) {
    case '1':
      return 'hardlink';
    case '2':
      return 'symlink';
    case '3':
    case '4':
      return 'device';
    case '5':
      return 'directory';
    case '6':
      return 'fifo';
    default:
      return 'file'; // '0', '\0', '7', 'S', and every unknown flag: tarfile extracts them all as files
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** A string field up to its first NUL (tarfile's `nts`). */
function nts(d: Uint8Array, off: number, len: number): string {
  const end = Math.min(off + len, d.length);
  let i = off;
  while (i < end && d[i] !== 0) i++;
  return utf8.decode(d.subarray(off, i));
}

interface Header {
  name: string;
  type: string;
  size: number;
  linkname: string;
}

type HeaderResult = Header | 'eof' | 'invalid' | 'short' | 'end';

/** `TarInfo.frombuf`: one header block, or why there is none. */
function parseHeader(d: Uint8Array, pos: number): HeaderResult {
  if (pos >= d.length) return 'end';
  if (pos + BLOCK > d.length) return 'short';
  let zero = true;
  for (let i = pos; i < pos + BLOCK && zero; i++) zero = d[i] === 0;
  if (zero) return 'eof';
  if (!tarHeaderValid(d, pos)) return 'invalid';
  // every numeric field must parse, or tarfile rejects the header
  for (const [o, l] of [[100, 8], [108, 8], [116, 8], [136, 12], [329, 8], [337, 8]]) if (tarNumber(d, pos + o, l) === null) return 'invalid';
  const size = tarNumber(d, pos + 124, 12);
  if (size === null) return 'invalid';
  let type = String.fromCharCode(d[pos + 156]);
  let name = nts(d, pos, 100);
  const prefix = nts(d, pos + 345, 155);
  if (type === '\0' && name.endsWith('/')) type = '5'; // v7: a "file" whose name ends in / is a directory
  if (type === '5') name = name.replace(/\/+$/, '');
  if (prefix && type !== 'L' && type !== 'K' && type !== 'S') name = `${prefix}/${name}`;
  return { name, type, size, linkname: nts(d, pos + 157, 100) };
}

/** The pax keys that change what is extracted (the rest are times and owners). */
const PAX_KEYS = new Set(['path', 'linkpath', 'size', 'GNU.sparse.name', 'GNU.sparse.size', 'GNU.sparse.realsize', 'GNU.sparse.map', 'GNU.sparse.major', 'GNU.sparse.offset', 'GNU.sparse.numbytes']);

/** Python's int() on a decimal pax value; NaN where it raises. */
function paxInt(v: string): number {
  return /^\s*[+-]?\d(?:_?\d)*\s*$/.test(v) ? Number(v.replace(/_/g, '')) : NaN;
}

/** Records `LEN key=value\n` of a pax header (`_proc_pax`); null when tarfile would reject them. */
function parsePax(buf: Uint8Array, into: Map<string, string>): boolean {
  let pos = 0;
  while (pos < buf.length && buf[pos] !== 0) {
    let i = pos;
    while (i < buf.length && buf[i] >= 0x30 && buf[i] <= 0x39 && i - pos < 20) i++;
    if (i === pos || buf[i] !== 0x20) return false;
    const length = Number(utf8.decode(buf.subarray(pos, i)));
    if (length < 5 || pos + length > buf.length || buf[pos + length - 1] !== 0x0a) return false;
    const rec = buf.subarray(i + 1, pos + length - 1);
    const eq = rec.indexOf(0x3d);
    if (eq <= 0) return false;
    const key = utf8.decode(rec.subarray(0, eq));
    if (PAX_KEYS.has(key)) into.set(key, utf8.decode(rec.subarray(eq + 1)));
    pos += length;
  }
  return true;
}

interface Walked {
  entries: TarEntry[];
  problems: string[];
  notes: string[];
  dropped: number;
  /** The archive does something on which tar readers are known to disagree. */
  odd: boolean;
}

/** Walk the archive as Python's tarfile does. */
function walkPython(d: Uint8Array, maxMembers: number, maxMemberBytes: number): Walked {
  const w: Walked = { entries: [], problems: [], notes: [], dropped: 0, odd: false };
  const global = new Map<string, string>();
  let pos = 0;
  for (;;) {
    const start = pos;
    // a member's header may follow GNU long-name (L/K) and pax (x/g) records: tarfile reads them recursively, so the
    // outermost record is applied last and wins
    const chain: Array<{ t: 'L' | 'K'; v: string } | { t: 'x'; pax: Map<string, string> }> = [];
    let h: HeaderResult;
    for (;;) {
      h = parseHeader(d, pos);
      if (typeof h === 'string') break;
      if (!ORDINARY.has(h.type) || (!hasData(h.type) && h.size !== 0)) w.odd = true;
      if (h.size < 0) {
        w.problems.push(`header at offset ${pos} declares a negative size`);
        return w;
      }
      const body = d.subarray(pos + BLOCK, Math.min(d.length, pos + BLOCK + h.size));
      const t = h.type;
      if (t === 'L' || t === 'K') {
        if (chain.some((c) => c.t === t)) w.odd = true;
        chain.push({ t, v: nts(body, 0, body.length) });
      } else if (h.type === 'x' || h.type === 'X' || h.type === 'g') {
        const pax = h.type === 'g' ? global : new Map(global);
        if (!parsePax(body, pax)) {
          if (start === 0 && chain.length === 0) w.problems.push('not a tar archive: malformed pax header first');
          else if (chain.length) w.problems.push(`malformed pax header at offset ${pos} after another extended header`);
          else w.notes.push(`malformed pax header at offset ${pos}: Python's tarfile ends the archive there`);
          w.odd = true;
          return w;
        }
        if (h.type !== 'g') chain.push({ t: 'x', pax });
        else if (global.size) w.odd = true;
      } else break;
      pos += BLOCK + blocks(h.size);
    }
    if (typeof h === 'string') {
      if (chain.length) {
        w.problems.push(`extended header at offset ${start} is not followed by a member header`);
        return w;
      }
      if (h === 'invalid' && start === 0) w.problems.push('not a tar archive: the first header is invalid');
      else if (h === 'invalid' || h === 'short' || h === 'eof') {
        // tarfile stops here; what follows is extracted by no Python reader, but other readers go on
        let rest = pos;
        while (rest < d.length && d[rest] === 0) rest++;
        if (rest < d.length) {
          w.odd = true;
          w.notes.push(`${d.length - rest} bytes after where Python's tarfile ends the archive (offset ${pos}${h === 'invalid' ? ', an invalid header' : ''})`);
        }
      }
      return w;
    }
    // the member's own header
    let dataAt = pos + BLOCK;
    let sparse = false;
    if (h.type === 'S') {
      // old GNU sparse: extension blocks of the sparse map follow the header while the "extended" byte is set
      sparse = true;
      let ext = d[pos + 482];
      while (ext) {
        if (dataAt + BLOCK > d.length) {
          w.problems.push(`sparse member ${JSON.stringify(h.name.slice(0, 200))}: its map runs past the end`);
          return w;
        }
        ext = d[dataAt + 504];
        dataAt += BLOCK;
      }
    }
    const entry = { name: h.name, linkname: h.linkname, size: h.size };
    let stored = h.size;
    let next = dataAt + (hasData(h.type) ? blocks(h.size) : 0);
    const applyPax = (pax: Map<string, string>): void => {
      for (const [k, v] of pax) {
        if (k === 'path' || k === 'GNU.sparse.name') entry.name = k === 'path' ? v.replace(/\/+$/, '') : v;
        else if (k === 'linkpath') entry.linkname = v;
        else if (k === 'size') {
          const n = paxInt(v);
          entry.size = Number.isNaN(n) ? 0 : n;
          stored = entry.size;
        } else if (k === 'GNU.sparse.size' || k === 'GNU.sparse.realsize') {
          sparse = true;
          entry.size = paxInt(v);
        } else if (k.startsWith('GNU.sparse')) sparse = true;
      }
    };
    // tarfile patches global pax values in after it has computed where the next header is
    if (h.type !== 'S') applyPax(global);
    for (let i = chain.length - 1; i >= 0; i--) {
      const c = chain[i];
      if (c.t === 'x') {
        applyPax(c.pax);
        if (c.pax.has('size')) {
          if (Number.isNaN(paxInt(c.pax.get('size')!))) w.odd = true;
          next = dataAt + (hasData(h.type) ? blocks(entry.size) : 0);
        }
      } else if (c.t === 'L') entry.name = h.type === '5' ? c.v.replace(/\/+$/, '') : c.v;
      else entry.linkname = c.v;
    }
    if (sparse) {
      w.odd = true;
      w.notes.push(`${JSON.stringify(entry.name.slice(0, 200))} is a sparse member: its stored data was scanned, its holes are zeros`);
    }
    if (!Number.isFinite(entry.size) || entry.size < 0 || next <= start) {
      w.problems.push(`member ${JSON.stringify(entry.name.slice(0, 200))} at offset ${start} has an invalid size`);
      return w;
    }
    if (w.entries.length >= maxMembers) {
      w.dropped++;
      return w;
    }
    const type = typeOf(h.type);
    const e: TarEntry = { path: entry.name, type, data: new Uint8Array(0), declaredSize: sparse ? stored : entry.size };
    if (type === 'symlink' || type === 'hardlink') e.linkpath = entry.linkname;
    if (type === 'file') {
      // tarfile's extractfile reads `size` bytes from the data offset, wherever the next header is
      const want = sparse ? stored : entry.size;
      if (want > maxMemberBytes) e.skipped = `member declares ${want} bytes, over the per-member limit of ${maxMemberBytes}`;
      else {
        e.data = d.subarray(dataAt, Math.min(d.length, dataAt + want));
        if (e.data.length < want) w.problems.push(`${entry.name}: declared ${want} bytes, ${e.data.length} present (truncated archive)`);
      }
    }
    w.entries.push(e);
    if (next > d.length) {
      w.problems.push(`member ${JSON.stringify(entry.name.slice(0, 200))} runs past the end of the archive (truncated)`);
      return w;
    }
    pos = next;
  }
}

function mapNodeType(t: string): TarEntryType {
  switch (t) {
    case 'File':
    case 'OldFile':
    case 'ContiguousFile':
      return 'file';
    case 'Directory':
    case 'GNUDumpDir':
      return 'directory';
    case 'SymbolicLink':
      return 'symlink';
    case 'Link':
      return 'hardlink';
    case 'CharacterDevice':
    case 'BlockDevice':
      return 'device';
    case 'FIFO':
      return 'fifo';
    default:
      return 'other';
  }
}

/** node-tar's reading of the same bytes: the files it extracts, and its complaints. */
function walkNode(d: Uint8Array, maxMembers: number, maxMemberBytes: number): { files: TarEntry[]; problems: string[] } {
  const files: TarEntry[] = [];
  const problems: string[] = [];
  // node-tar decompresses input that starts like gzip or zstd, with no bound we control: never hand it such bytes
  if ((d[0] === 0x1f && d[1] === 0x8b) || (d[0] === 0x28 && d[1] === 0xb5 && d[2] === 0x2f && d[3] === 0xfd)) return { files, problems };
  const parser = new Parser({
    strict: false,
    onReadEntry: (e) => {
      if (mapNodeType(e.type) !== 'file' || files.length >= maxMembers) {
        e.resume();
        return;
      }
      const entry: TarEntry = { path: e.path, type: 'file', data: new Uint8Array(0), declaredSize: e.size ?? 0, alternative: true };
      files.push(entry);
      if ((e.size ?? 0) > maxMemberBytes) {
        entry.skipped = `member declares ${e.size} bytes, over the per-member limit of ${maxMemberBytes}`;
        e.resume();
        return;
      }
      const chunks: Buffer[] = [];
      let n = 0;
      e.on('data', (c: Buffer) => {
        n += c.length;
        if (n <= maxMemberBytes) chunks.push(c);
      });
      e.on('end', () => {
        entry.data = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
        if (n > maxMemberBytes) entry.skipped = `member is larger than the per-member limit of ${maxMemberBytes}`;
      });
    },
  });
  parser.on('warn', (code: string, message: string | Error) => {
    if (problems.length < 20) problems.push(`${code}: ${message instanceof Error ? message.message : message}`);
  });
  parser.on('error', (err: Error) => {
    if (problems.length < 20) problems.push(`error: ${err.message}`);
  });
  try {
    parser.end(Buffer.from(d.buffer, d.byteOffset, d.byteLength));
  } catch (err) {
    problems.push(`error: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { files, problems };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

/**
 * List and read every entry. `maxMembers` caps the entries kept; `maxMemberBytes` caps one entry's content (the rest
 * is marked skipped). The input is already decompressed and bounded by the caller; every step of the walk moves
 * forward by at least one block, so the work is bounded by its length. Entry data are views into `d`.
 */
export function readTar(d: Uint8Array, maxMembers: number, maxMemberBytes: number): TarListing {
  const w = walkPython(d, maxMembers, maxMemberBytes);
  const listing: TarListing = { entries: w.entries, problems: w.problems, notes: w.notes, dropped: w.dropped };
  if (!w.odd || w.dropped) return listing;
  // readers disagree on archives like this one: scan every file that node-tar sees and Python's tarfile does not
  const node = walkNode(d, Math.max(0, maxMembers - w.entries.length), maxMemberBytes);
  const extra = node.files.filter((f) => !w.entries.some((e) => e.type === 'file' && e.path === f.path && !e.skipped && !f.skipped && sameBytes(e.data, f.data)));
  if (extra.length) {
    listing.notes.push(`tar readers disagree: ${extra.length} member(s) that Python's tarfile does not extract as such are extracted by other readers (all were scanned)`);
    for (const p of node.problems.slice(0, 3)) listing.notes.push(`other reader: ${p}`);
    listing.entries.push(...extra);
  }
  return listing;
}
