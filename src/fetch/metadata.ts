/**
 * Reading the dependencies an artifact declares, without running it: `Requires-Dist` from a wheel's METADATA or an
 * sdist's PKG-INFO (both plain files in the archive), and writing the placeholder wheels that let pip resolve past an
 * sdist-only package without building it (see pip.ts). Everything bounded: the archive is attacker-controlled.
 */
import fs from 'node:fs/promises';
import zlib from 'node:zlib';
import { extractZipEntry, readZipDirectory } from '../archive/zip.js';
import { readTar } from '../archive/tar.js';
import { gunzip } from '../archive/compress.js';

const MAX_METADATA_BYTES = 4 * 1024 * 1024;
const MAX_READ_BYTES = 512 * 1024 * 1024;

export interface DeclaredMetadata {
  metadataVersion: string | null;
  requiresDist: string[];
  /** Fields the metadata says are computed at build time (PEP 643). */
  dynamic: string[];
}

export function parseMetadataText(text: string): DeclaredMetadata {
  const head = text.split(/\r?\n\r?\n/)[0];
  const out: DeclaredMetadata = { metadataVersion: null, requiresDist: [], dynamic: [] };
  for (const line of head.split(/\r?\n/)) {
    const m = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1].toLowerCase();
    if (key === 'metadata-version') out.metadataVersion = m[2].trim();
    else if (key === 'requires-dist' && out.requiresDist.length < 2000) out.requiresDist.push(m[2].trim());
    else if (key === 'dynamic') out.dynamic.push(m[2].trim().toLowerCase());
  }
  return out;
}

/** The metadata file of a wheel (`*.dist-info/METADATA`) or sdist (`<root>/PKG-INFO`); null when unreadable. */
export async function readDeclaredMetadata(file: string): Promise<DeclaredMetadata | null> {
  try {
    const st = await fs.stat(file);
    if (st.size > MAX_READ_BYTES) return null;
    const data = new Uint8Array(await fs.readFile(file));
    if (/\.(whl|zip)$/i.test(file)) {
      const dir = readZipDirectory(data, 200_000);
      const wanted = /\.whl$/i.test(file) ? /^[^/]+\.dist-info\/METADATA$/ : /^[^/]+\/PKG-INFO$/;
      const e = dir.entries.find((x) => wanted.test(x.name));
      if (!e) return null;
      const r = extractZipEntry(data, e, MAX_METADATA_BYTES);
      return r.ok ? parseMetadataText(Buffer.from(r.data).toString('utf8')) : null;
    }
    if (/\.(tar\.gz|tgz)$/i.test(file)) {
      const g = gunzip(data, MAX_READ_BYTES);
      if (!g.ok) return null;
      const listing = readTar(g.data, 200_000, MAX_METADATA_BYTES);
      const e = listing.entries.find((x) => x.type === 'file' && /^(\.\/)?[^/]+\/PKG-INFO$/.test(x.path));
      return e ? parseMetadataText(Buffer.from(e.data).toString('utf8')) : null;
    }
    return null;
  } catch {
    return null;
  }
}

/** A stored (uncompressed) zip: enough for a placeholder wheel of three small files. */
export function storedZip(files: Array<[string, string]>): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of files) {
    const n = Buffer.from(name, 'utf8');
    const d = Buffer.from(text, 'utf8');
    const crc = zlib.crc32(d) >>> 0;
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(0x800, 6);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(d.length, 18);
    lh.writeUInt32LE(d.length, 22);
    lh.writeUInt16LE(n.length, 26);
    locals.push(lh, n, d);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(0x800, 8);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(d.length, 20);
    ch.writeUInt32LE(d.length, 24);
    ch.writeUInt16LE(n.length, 28);
    ch.writeUInt32LE(offset, 42);
    central.push(ch, n);
    offset += 30 + n.length + d.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

/**
 * A placeholder wheel standing for an sdist-only package while pip resolves: it carries only the name, version and
 * the Requires-Dist lines read from the sdist, never code; it is recognised by its hash and never scanned or kept.
 */
export function placeholderWheel(name: string, version: string, requiresDist: string[]): { filename: string; data: Uint8Array } {
  const stem = name.replace(/[-_.]+/g, '_');
  const di = `${stem}-${version}.dist-info`;
  const meta = `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n${requiresDist.map((r) => `Requires-Dist: ${r.replace(/[\r\n]/g, ' ')}\n`).join('')}\n`;
  const wheel = 'Wheel-Version: 1.0\nGenerator: pypi-stego-scan (placeholder)\nRoot-Is-Purelib: true\nTag: py3-none-any\n';
  return { filename: `${stem}-${version}-py3-none-any.whl`, data: storedZip([[`${di}/METADATA`, meta], [`${di}/WHEEL`, wheel], [`${di}/RECORD`, '']]) };
}
