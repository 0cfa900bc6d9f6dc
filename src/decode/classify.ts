import type { BlobKind } from './types.js';
import { detectMagic, isELF, isMachO, isPE, isPyc } from '../formats/magic.js';

/**
 * What decoded bytes are, and how dangerous it is to find them encoded inside a data file.
 * Only the head of the content is read (bounded), so classification is cheap whatever the size.
 */

export interface Classification {
  kind: BlobKind;
  format: string;
  danger: number;
  /** Plain words: "PE executable (Windows, x86-64)", "Python code that runs things (exec, base64 decode)". */
  what: string;
  /** What made code dangerous: exec, subprocess, network, ... */
  indicators: string[];
}

/** Bytes of text read for code classification. */
const TEXT_HEAD = 64 * 1024;

const le16 = (d: Uint8Array, i: number): number => (i + 2 <= d.length ? d[i] | (d[i + 1] << 8) : -1);
const le32 = (d: Uint8Array, i: number): number => (i + 4 <= d.length ? (d[i] | (d[i + 1] << 8) | (d[i + 2] << 16) | (d[i + 3] << 24)) >>> 0 : -1);

const PE_MACHINES: Record<number, string> = { 0x14c: 'x86', 0x8664: 'x86-64', 0xaa64: 'arm64', 0x1c0: 'arm', 0x1c4: 'arm' };
const ELF_MACHINES: Record<number, string> = { 3: 'x86', 0x3e: 'x86-64', 0xb7: 'arm64', 0x28: 'arm', 0xf3: 'riscv', 8: 'mips', 0x15: 'ppc64' };

/** One line describing an executable header, from parsed fields only (never the raw bytes). */
export function describeExecutable(d: Uint8Array, format: string): string {
  if (format === 'pe') {
    const p = le32(d, 0x3c);
    const m = le16(d, p + 4);
    const ch = le16(d, p + 22);
    const dll = ch >= 0 && ch & 0x2000 ? 'DLL' : 'executable';
    return `PE ${dll} (Windows, ${PE_MACHINES[m] ?? 'machine 0x' + m.toString(16)})`;
  }
  if (format === 'elf') {
    const be = d[5] === 2;
    const m = be ? (d[18] << 8) | d[19] : le16(d, 18);
    const t = be ? (d[16] << 8) | d[17] : le16(d, 16);
    const tn = t === 3 ? 'shared object' : t === 2 ? 'executable' : t === 1 ? 'object' : 'file';
    return `ELF ${tn} (Linux/Unix, ${ELF_MACHINES[m] ?? 'machine ' + m})`;
  }
  return 'Mach-O executable (macOS)';
}

/** The PE header (signature, COFF header and the start of the optional header) lies inside the data. */
function peComplete(d: Uint8Array): boolean {
  const p = le32(d, 0x3c);
  return p >= 0 && p + 24 + 2 <= d.length;
}

/** A marshalled code object (what `marshal.dumps(compile(...))` produces, the body of a .pyc without its header). */
export function isMarshalCode(d: Uint8Array): boolean {
  if (d.length < 32) return false;
  if (d[0] !== 0xe3 && d[0] !== 0x63) return false;
  // argcount, posonlyargcount, kwonlyargcount: small numbers
  const a = le32(d, 1);
  const b = le32(d, 5);
  const c = le32(d, 9);
  if (a > 255 || b > 255 || c > 255) return false;
  // the bytecode string object ('s', optionally with the ref flag) follows the small header fields
  for (let i = 13; i < Math.min(d.length - 5, 40); i++) {
    if (d[i] === 0x73 || d[i] === 0xf3) {
      const len = le32(d, i + 1);
      if (len > 0 && len < d.length && len % 2 === 0) return true;
    }
  }
  return false;
}

function isFont(d: Uint8Array): string | null {
  if (d.length < 12) return null;
  const m = String.fromCharCode(d[0], d[1], d[2], d[3]);
  if (m === 'OTTO') return 'otf';
  if (m === 'wOFF') return 'woff';
  if (m === 'wOF2') return 'woff2';
  if (m === 'ttcf') return 'ttc';
  if ((m === '\x00\x01\x00\x00' || m === 'true') && d[4] === 0 && d[5] > 0 && d[5] < 64) return 'ttf';
  return null;
}

/** Shannon entropy of the head, bits per byte. */
export function entropy(d: Uint8Array, max = 65536): number {
  const n = Math.min(d.length, max);
  if (n === 0) return 0;
  const h = new Uint32Array(256);
  for (let i = 0; i < n; i++) h[d[i]]++;
  let e = 0;
  for (let i = 0; i < 256; i++) {
    if (h[i] === 0) continue;
    const p = h[i] / n;
    e -= p * Math.log2(p);
  }
  return e;
}

/** Share of the head that is printable ASCII, whitespace, or (valid-looking) UTF-8 continuation. */
export function printableRatio(d: Uint8Array, max = 4096, asciiOnly = false): number {
  const n = Math.min(d.length, max);
  if (n === 0) return 0;
  let ok = 0;
  let high = 0;
  for (let i = 0; i < n; i++) {
    const c = d[i];
    if ((c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13) ok++;
    else if (c >= 0x80) high++;
  }
  // UTF-8 text in other scripts: count high bytes as text while they are not the majority
  if (!asciiOnly && high <= n * 0.4) ok += high;
  return ok / n;
}

interface Indicator {
  name: string;
  re: RegExp;
  danger: number;
}

const PY_SYNTAX = /(?:^|[\n;])[ \t]*(?:import[ \t]+[\w.]+|from[ \t]+[\w.]+[ \t]+import\b|def[ \t]+\w+[ \t]*\(|class[ \t]+\w+[ \t]*[(:]|if[ \t]+__name__[ \t]*==|print\()|\b(?:exec|eval)\s*\(|__import__\s*\(/;
const SH_SYNTAX = /^#!\s*\/(?:usr\/)?bin\/(?:env\s+)?(?:ba|z|da|k)?sh\b|\b(?:curl|wget)\s+(?:-[-\w]+\s+){0,8}\S{0,200}(?:https?|ftp):\/\/|\bchmod\s+[+0-7]|\/dev\/tcp\/|\bnohup\s|\bbash\s+-[ci]\b|\bsh\s+-c\b|\bcmd(?:\.exe)?\s+\/[ck]\b|\becho\s+\S+\s*\|\s*base64\b|\bbase64\s+(?:-d|--decode)\b|\bcrontab\s|\b(?:rundll32|regsvr32|mshta|bitsadmin|certutil)(?:\.exe)?\s/i;
const PS_SYNTAX = /\bpowershell(?:\.exe)?\b|\b(?:Invoke-Expression|Invoke-WebRequest|Invoke-RestMethod|New-Object|Start-Process|Set-ExecutionPolicy|Add-Type)\b|\[(?:System\.)?Convert\]::FromBase64String|\$env:[A-Za-z]/i;

const PY_RUN: Indicator[] = [
  { name: 'exec', re: /\b(?:exec|eval|execfile)\s*\(|\bcompile\s*\([^)]{0,200}['"]exec['"]/, danger: 0.9 },
  { name: 'decode', re: /\bb(?:64|32|16|85)decode\b|\bdecodebytes\b|\bzlib\.decompress\b|\bbz2\.decompress\b|\blzma\.decompress\b|\bmarshal\.loads\b|\bbytes\.fromhex\b|\bcodecs\.decode\b|\bunhexlify\b/, danger: 0.6 },
  { name: 'process', re: /\bsubprocess\b|\bos\.(?:system|popen|exec[lv]p?e?|spawn\w*|startfile)\b|\bPopen\b|\bpty\.spawn\b|\bcommands\.getoutput\b/, danger: 0.9 },
  { name: 'network', re: /\burllib\b|\burlopen\b|\bsocket\.(?:socket|create_connection)\b|\bimport\s+socket\b|\brequests\.(?:get|post|request|Session)\b|\bhttp\.client\b|\bhttpx\b|\bftplib\b|\bparamiko\b/, danger: 0.8 },
  { name: 'native', re: /\bctypes\b|\bVirtualAlloc\b|\bCreateThread\b|\bmmap\.PROT_EXEC\b/, danger: 0.85 },
  { name: 'dynamic-import', re: /__import__\s*\(\s*[^'")\s]/, danger: 0.7 },
];

const SH_RUN: Indicator[] = [
  { name: 'download-and-run', re: /\b(?:curl|wget)\b[^\n|;]{0,300}\|\s*(?:sudo\s+)?(?:ba|z|da)?sh\b|\b(?:curl|wget)\b[^\n]{0,300}&&\s*(?:chmod\s+\+x|(?:ba)?sh\s|\.\/)/i, danger: 1 },
  { name: 'decode-and-run', re: /\bbase64\s+(?:-d|--decode|-D)\b[^\n]{0,300}\|\s*(?:ba|z|da)?sh\b/i, danger: 1 },
  { name: 'reverse-shell', re: /\/dev\/tcp\/|\bnc(?:at)?\s+(?:-\w+\s+)*-e\b|\bbash\s+-i\b|\bmkfifo\b/i, danger: 1 },
  { name: 'download', re: /\b(?:curl|wget)\s+(?:-[-\w]+\s+){0,8}\S{0,200}(?:https?|ftp):\/\//i, danger: 0.8 },
  { name: 'windows-lolbin', re: /\b(?:rundll32|regsvr32|mshta|bitsadmin|certutil)(?:\.exe)?\s/i, danger: 0.9 },
  { name: 'run', re: /\bcmd(?:\.exe)?\s+\/[ck]\b|\b(?:ba)?sh\s+-c\b|\bchmod\s+\+x\b|\bnohup\s|\bcrontab\s/i, danger: 0.8 },
];

const PS_RUN: Indicator[] = [
  { name: 'invoke-expression', re: /\b(?:IEX|iex)\s*[($]|\bInvoke-Expression\b/i, danger: 1 },
  { name: 'download', re: /\bDownload(?:String|File|Data)\b|\bNet\.WebClient\b|\bInvoke-WebRequest\b|\bInvoke-RestMethod\b|\bStart-BitsTransfer\b/i, danger: 0.9 },
  { name: 'encoded-command', re: /\s-(?:e|en|enc|enco|encodedcommand)\s+[A-Za-z0-9+/=]{16,}|FromBase64String/i, danger: 0.9 },
  { name: 'hidden', re: /-(?:w|win|window|windowstyle)\s+hid|-nop\b|-noni\b|-ep\s+bypass|ExecutionPolicy\s+Bypass/i, danger: 0.85 },
  { name: 'process', re: /\bStart-Process\b|\bAdd-Type\b/i, danger: 0.8 },
];

function runIndicators(s: string, list: Indicator[]): { danger: number; names: string[] } {
  let danger = 0;
  const names: string[] = [];
  for (const ind of list) {
    if (ind.re.test(s)) {
      names.push(ind.name);
      danger = Math.max(danger, ind.danger);
    }
  }
  return { danger, names };
}

/**
 * Classify readable text as Python, shell, PowerShell or plain text, with its danger. Only the first 64 KiB are
 * read, and every pattern's gaps are bounded, so crafted text cannot make the regular expressions quadratic.
 */
export function classifyText(text: string): Classification {
  const s = text.length > TEXT_HEAD ? text.slice(0, TEXT_HEAD) : text;
  const ps = PS_SYNTAX.test(s) || /\bIEX\s*[($]/.test(s);
  const sh = SH_SYNTAX.test(s);
  const py = PY_SYNTAX.test(s);
  if (ps) {
    const r = runIndicators(s, PS_RUN);
    if (r.danger > 0 || !py) {
      return r.danger > 0
        ? { kind: 'powershell', format: 'powershell', danger: r.danger, what: `PowerShell that runs things (${r.names.join(', ')})`, indicators: r.names }
        : { kind: 'powershell', format: 'powershell', danger: 0.5, what: 'PowerShell code', indicators: [] };
    }
  }
  if (py) {
    const r = runIndicators(s, PY_RUN);
    let danger = r.danger;
    // decoding something and executing it is the dropper pattern
    if (r.names.includes('exec') && r.names.includes('decode')) danger = 1;
    else if (r.names.length >= 3) danger = Math.min(1, danger + 0.1);
    // a decode alone is ordinary code (not "runs things")
    if (r.names.length === 1 && r.names[0] === 'decode') danger = 0.5;
    if (danger >= 0.7) return { kind: 'python', format: 'python', danger, what: `Python code that runs things (${r.names.join(', ')})`, indicators: r.names };
    // Python with a shell command line inside (os.system strings are caught above; this is `"curl ... | sh"` text)
    const shr = runIndicators(s, SH_RUN);
    if (shr.danger >= 0.9) return { kind: 'python', format: 'python', danger: shr.danger, what: `Python code with shell commands (${shr.names.join(', ')})`, indicators: shr.names };
    return { kind: 'python', format: 'python', danger: 0.5, what: 'Python code', indicators: r.names };
  }
  if (sh) {
    const r = runIndicators(s, SH_RUN);
    return r.danger > 0
      ? { kind: 'shell', format: 'shell', danger: r.danger, what: `shell commands that run things (${r.names.join(', ')})`, indicators: r.names }
      : { kind: 'shell', format: 'shell', danger: 0.5, what: 'shell script', indicators: [] };
  }
  return { kind: 'text', format: 'text', danger: 0, what: 'plain text', indicators: [] };
}

/** Classify content at its start (the innermost layer). */
export function classify(d: Uint8Array): Classification {
  if (d.length === 0) return { kind: 'empty', format: 'empty', danger: 0, what: 'nothing', indicators: [] };
  if (isPE(d) && peComplete(d)) return { kind: 'executable', format: 'pe', danger: 1, what: describeExecutable(d, 'pe'), indicators: [] };
  if (isELF(d) && d.length >= (d[4] === 2 ? 64 : 52)) return { kind: 'executable', format: 'elf', danger: 1, what: describeExecutable(d, 'elf'), indicators: [] };
  if (isMachO(d) && d.length >= 64) return { kind: 'executable', format: 'macho', danger: 1, what: describeExecutable(d, 'macho'), indicators: [] };
  if (isPyc(d)) return { kind: 'bytecode', format: 'pyc', danger: 0.9, what: 'compiled Python bytecode (.pyc)', indicators: [] };
  if (isMarshalCode(d)) return { kind: 'bytecode', format: 'marshal', danger: 0.9, what: 'marshalled Python code object', indicators: [] };
  const font = isFont(d);
  if (font) return { kind: 'font', format: font, danger: 0, what: `${font} font`, indicators: [] };
  const m = detectMagic(d);
  if (m && m.format !== 'script') {
    switch (m.kind) {
      case 'audio':
        return { kind: 'audio', format: m.format, danger: 0, what: `${m.format} audio`, indicators: [] };
      case 'image':
        return { kind: 'image', format: m.format, danger: 0, what: `${m.format} image`, indicators: [] };
      case 'archive':
      case 'compressed':
        return { kind: 'archive', format: m.format, danger: 0.4, what: `${m.format} archive`, indicators: [] };
      default:
        break;
    }
  }
  if (d.length >= 4 && printableRatio(d) >= 0.95) {
    const s = Buffer.from(d.buffer, d.byteOffset, Math.min(d.length, TEXT_HEAD)).toString('utf8');
    return classifyText(s);
  }
  const e = entropy(d);
  // A flat histogram: encrypted, or compressed with something we do not unpack. Short blobs cannot reach 8 bits.
  const maxE = Math.min(8, Math.log2(Math.max(2, Math.min(d.length, 65536))));
  if (d.length >= 64 && e >= maxE * 0.9 && e >= 5.5) return { kind: 'random', format: 'random', danger: 0.2, what: `high-entropy bytes (${e.toFixed(2)} bits/byte)`, indicators: [] };
  return { kind: 'binary', format: 'binary', danger: 0.2, what: 'binary data', indicators: [] };
}
