/**
 * True type vs. name: a `.wav` that is an ELF, a `.png` that is a zip, an executable header buried inside an image,
 * a media file that is at the same time a valid zip.
 */
import type { Kind, ScanFile } from '../types.js';
import type { Analyzer } from './types.js';
import { defineRules } from './types.js';
import { findExecutables, findZipEOCD, MAX_EXE_CANDIDATES } from '../formats/magic.js';

export const FILETYPE_RULES = defineRules({
  disguised: {
    id: 'type.disguised-executable',
    category: 'payload',
    weight: 9,
    description: 'A file named as media, text or data whose content is a native executable (PE, ELF, Mach-O).',
  },
  embedded: {
    id: 'type.embedded-executable',
    category: 'payload',
    weight: 8,
    description: 'A complete executable header (PE with its NT header, ELF, Mach-O) inside a media or data file, past its start.',
  },
  mismatch: {
    id: 'type.extension-mismatch',
    category: 'filetype',
    weight: 3,
    description: 'A file whose extension names one format while its content is another kind (archive, bytecode, other media).',
  },
  polyglot: {
    id: 'type.polyglot',
    category: 'filetype',
    weight: 3,
    description: 'A media file that is at the same time a zip archive (its central directory at the end of the file).',
  },
});

/**
 * Extensions that name one specific non-executable format. Generic containers (`.bin`, `.dat`, no extension) are not
 * here: what they hold is up to the package, and versioned shared libraries (`libfoo.so.1.2`) end in digits.
 */
const CLAIMED_KIND: Record<string, Kind> = {};
for (const e of ['wav', 'wave', 'mp3', 'ogg', 'oga', 'opus', 'flac', 'aif', 'aiff', 'au', 'snd', 'm4a', 'mid', 'midi']) CLAIMED_KIND[e] = 'audio';
for (const e of ['png', 'jpg', 'jpeg', 'gif', 'bmp', 'ico', 'webp', 'tif', 'tiff', 'svg']) CLAIMED_KIND[e] = 'image';
for (const e of ['ttf', 'otf', 'woff', 'woff2']) CLAIMED_KIND[e] = 'font';
for (const e of ['py', 'pyi', 'pth', 'txt', 'md', 'rst', 'json', 'csv', 'tsv', 'xml', 'html', 'htm', 'css', 'js', 'yaml', 'yml', 'toml', 'cfg', 'ini', 'typed']) CLAIMED_KIND[e] = 'text';

const MEDIA = new Set<Kind>(['audio', 'image', 'font']);

/**
 * Is the content an acceptable realisation of the claimed kind? Only archives, compressed streams and bytecode
 * under a media/text name, or one media kind under another's name, count as mismatches: content sniffing of text
 * and of minor formats (SVG read as XML, an unknown codec) is too loose to accuse anything else.
 */
function compatible(claimed: Kind, actual: Kind): boolean {
  if (actual === 'archive' || actual === 'compressed' || actual === 'bytecode') return false;
  if (MEDIA.has(claimed) && MEDIA.has(actual)) return actual === claimed;
  return true;
}

/** Kinds of file inside which an executable header has no business. */
const DATA_KINDS = new Set<Kind>(['audio', 'image', 'font', 'text', 'python']);

const MAX_EXE_HITS = 3;

const FORMAT_NAMES: Record<string, string> = { pe: 'Windows PE executable', elf: 'ELF executable', macho: 'Mach-O executable' };

function analyze(file: ScanFile, ctx: Parameters<Analyzer['analyze']>[1]): void {
  const report = ctx.report.bind(ctx);
  const { ext, type, data } = file;
  const claimed = CLAIMED_KIND[ext];
  if (claimed && type.kind === 'executable') {
    report(FILETYPE_RULES.disguised, {
      message: `named .${ext} but is a ${FORMAT_NAMES[type.format] ?? type.format}`,
      offset: 0,
      length: data.length,
      evidence: { extension: ext, format: type.format },
    });
    return;
  }
  if (claimed && !compatible(claimed, type.kind)) {
    // another media format under a media name (an MP3 saved as .wav) is sloppy, not hostile: low strength
    const mediaSwap = MEDIA.has(claimed) && MEDIA.has(type.kind);
    report(FILETYPE_RULES.mismatch, {
      message: `named .${ext} (${claimed}) but the content is ${type.format} (${type.kind})`,
      strength: mediaSwap ? 0.3 : 1,
      evidence: { extension: ext, format: type.format, kind: type.kind },
    });
  }
  if (DATA_KINDS.has(type.kind) || (claimed && type.kind !== 'executable')) {
    const capped = { value: false };
    const hits = findExecutables(data, { from: 1, max: MAX_EXE_HITS, capped });
    if (capped.value) ctx.incomplete(`filetype: more than ${MAX_EXE_CANDIDATES} candidate executable headers (bytes full of "MZ" or ELF/Mach-O magics): the search for embedded executables stopped before the end of the file`);
    for (const h of hits) {
      report(FILETYPE_RULES.embedded, {
        message: `${FORMAT_NAMES[h.format]} header at offset ${h.offset} inside a ${type.format} file`,
        offset: h.offset,
        evidence: { format: h.format },
      });
    }
  }
  if ((type.kind === 'audio' || type.kind === 'image') && findZipEOCD(data) > 0 && Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf('PK\x03\x04', 1, 'latin1') > 0) {
    report(FILETYPE_RULES.polyglot, {
      message: `${type.format} file that is also a zip archive (its members are scanned too)`,
      evidence: { format: type.format },
    });
  }
}

export const filetypeAnalyzer: Analyzer = {
  name: 'filetype',
  description: 'Compares what a file is with what its name says, and looks for executables and archives hidden inside media.',
  rules: Object.values(FILETYPE_RULES),
  applies: (f) => f.type.kind !== 'empty',
  analyze: (file, ctx) => analyze(file, ctx),
};
