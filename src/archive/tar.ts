/** Reading tar archives in memory with node-tar's parser: entries are collected, never written to disk. */
import { Parser } from 'tar';

export type TarEntryType = 'file' | 'directory' | 'symlink' | 'hardlink' | 'device' | 'fifo' | 'other';

export interface TarEntry {
  path: string;
  type: TarEntryType;
  /** Target of a link, as written in the archive. */
  linkpath?: string;
  /** Content; empty for anything but files. Truncated entries carry what was there. */
  data: Uint8Array;
  /** Size the header declared (pax or ustar), for comparison with what was read. */
  declaredSize: number;
  /** Set when the entry was skipped because of a limit: its content is not in `data`. */
  skipped?: string;
}

export interface TarListing {
  entries: TarEntry[];
  /** Parser warnings: bad headers, truncation, checksum errors. */
  problems: string[];
  /** Entries dropped because of the member limit. */
  dropped: number;
}

function mapType(t: string): TarEntryType {
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

/**
 * List and read every entry. `maxMembers` caps the entries kept; `maxMemberBytes` caps one entry's content (the rest
 * is marked skipped). The input is already decompressed and bounded by the caller, so the parser's work is bounded
 * by its length.
 */
export function readTar(d: Uint8Array, maxMembers: number, maxMemberBytes: number): TarListing {
  const entries: TarEntry[] = [];
  const problems: string[] = [];
  let dropped = 0;
  const parser = new Parser({
    strict: false,
    onReadEntry: (e) => {
      if (entries.length >= maxMembers) {
        dropped++;
        e.resume();
        return;
      }
      const type = mapType(e.type);
      const entry: TarEntry = { path: e.path, type, data: new Uint8Array(0), declaredSize: e.size ?? 0 };
      if (e.linkpath) entry.linkpath = e.linkpath;
      entries.push(entry);
      if (type !== 'file') {
        e.resume();
        return;
      }
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
    if (problems.length < 50) problems.push(`${code}: ${message instanceof Error ? message.message : message}`);
  });
  parser.on('error', (err: Error) => {
    if (problems.length < 50) problems.push(`error: ${err.message}`);
  });
  try {
    parser.end(Buffer.from(d.buffer, d.byteOffset, d.byteLength));
  } catch (err) {
    problems.push(`error: ${err instanceof Error ? err.message : String(err)}`);
  }
  for (const e of entries) {
    if (e.type === 'file' && !e.skipped && e.data.length !== e.declaredSize) {
      problems.push(`${e.path}: declared ${e.declaredSize} bytes, ${e.data.length} present (truncated archive)`);
    }
  }
  return { entries, problems, dropped };
}
