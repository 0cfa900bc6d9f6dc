/** Types of the shared decoder API (re-exported by decode/index.ts). */

/** What a blob turned out to be after peeling every layer we could. */
export type BlobKind =
  | 'executable' // PE, ELF, Mach-O
  | 'bytecode' // .pyc, marshal
  | 'python' // Python source
  | 'shell' // sh/bash/cmd command lines
  | 'powershell'
  | 'archive' // zip, tar, 7z, rar
  | 'image'
  | 'audio'
  | 'font'
  | 'text' // other readable text
  | 'binary' // structured bytes we cannot name
  | 'random' // looks encrypted or compressed with an unknown method
  | 'empty';

export interface BlobVerdict {
  kind: BlobKind;
  /** Precise format when known: pe, elf, zip, png, python, ... */
  format: string;
  /** Transforms applied, outermost first: e.g. ['base64', 'xor:4b1f...', 'zlib']. */
  layers: string[];
  /** Size of the innermost decoded content. */
  size: number;
  /** 0..1: how dangerous this content is to find where it was found (1 = executable or code that runs things). */
  danger: number;
  /** Short human explanation: "PE executable (Windows) after base64 + XOR key 8 bytes". */
  summary: string;
  /** Defanged preview of the decoded content: printable, URLs broken, never raw executable bytes. */
  preview: string;
}

export interface EncodedRun {
  encoding: 'base64' | 'base32' | 'hex';
  offset: number;
  length: number;
  decoded: Uint8Array;
}

export interface InspectOptions {
  /** Layers to peel at most. */
  maxDepth?: number;
  /** Bytes any decompression layer may produce. */
  maxOutput?: number;
  /** Bytes of the input considered at all (longer input is inspected on its head). */
  maxInput?: number;
  /** Repeating-key XOR keys tried at most, over all layers. */
  maxXorAttempts?: number;
}
