import { defineRules } from '../analyzers/types.js';

/** Rules reported by the unpacker itself (how the artifact is packed), and by the wheel RECORD check. */
export const ARCHIVE_RULES = defineRules({
  traversal: { id: 'archive.path-traversal', category: 'archive', weight: 6, description: 'A member name climbs out of the extraction folder with `..`.' },
  absolute: { id: 'archive.absolute-path', category: 'archive', weight: 5, description: 'A member name is an absolute path or carries a drive letter.' },
  linkOut: { id: 'archive.link-outside', category: 'archive', weight: 6, description: 'A symbolic or hard link points outside the archive tree.' },
  device: { id: 'archive.device-entry', category: 'archive', weight: 5, description: 'A tar member is a device node or FIFO.' },
  duplicate: { id: 'archive.duplicate-name', category: 'archive', weight: 4, description: 'Two members share one name with different content: what is installed is not what a reviewer sees.' },
  bomb: { id: 'archive.bomb', category: 'archive', weight: 5, description: 'A size, count or ratio limit was exceeded; the rest was not unpacked.' },
  depth: { id: 'archive.nesting-too-deep', category: 'archive', weight: 2, description: 'Archives nested deeper than the depth limit; the innermost were not opened.' },
  corrupt: { id: 'archive.corrupt', category: 'archive', weight: 3, description: 'An archive or member could not be read: truncated, inconsistent or malformed.' },
  unsupported: { id: 'archive.unsupported-member', category: 'archive', weight: 4, description: 'A member is encrypted or uses a compression method the scanner cannot read.' },
  headerMismatch: { id: 'archive.header-mismatch', category: 'archive', weight: 4, description: 'A zip local header disagrees with the central directory (name or sizes).' },
  prefix: { id: 'archive.prepended-data', category: 'archive', weight: 3, description: 'Bytes before the first zip member or between members that no entry covers.' },
  recordAbsent: { id: 'wheel.record-absent', category: 'archive', weight: 2, description: 'A wheel without a `.dist-info/RECORD` file.' },
  recordUnlisted: { id: 'wheel.record-unlisted', category: 'archive', weight: 3, description: 'A wheel member is not listed in RECORD.' },
  recordMismatch: { id: 'wheel.record-mismatch', category: 'archive', weight: 5, description: 'A wheel member\'s hash or size differs from its RECORD line.' },
  recordMissing: { id: 'wheel.record-missing-member', category: 'archive', weight: 1, description: 'RECORD lists a file the wheel does not contain.' },
});
