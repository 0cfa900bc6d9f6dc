/**
 * Words without which a Python file cannot hold loader code, so that most files are never parsed (parsing with
 * @lezer/python runs at a few MB/s; a regular-expression test at hundreds).
 *
 * Every flow rule needs a sink (exec/eval/compile, a process, native memory, a file made executable, an import of a
 * file) AND something that feeds it what the rules look for: a download or socket, a media reader, a decoder, a
 * de-obfuscation step (chr(), [::-1], XOR, translate), an escaped binary literal or a media file name. Computed names
 * (getattr on builtins or os, __import__ of a non-literal, globals()[...](...)) count on their own. setup.py is always
 * analysed (network access at install needs neither). Matching is on raw text, comments and strings included, so it
 * only ever errs towards analysing: a literal holding `exec(base64.b64decode(...))` is an anchor too.
 *
 * What this leaves out, by design: pickle.loads (everywhere in ML code), import_module of a plain variable (plugin
 * loaders), sys.modules[...], and decoders with no sink in the same file (a decoded URL alone is found only in files
 * analysed for another reason).
 */

const SINK = new RegExp(
  [
    String.raw`(?<![\w.])exec\b(?!\s*=[^=])|(?<![\w.])(?:eval|execfile|compile)\s*\(|=\s*(?:eval|compile|execfile)\s*(?:$|[,)\]#;])|[\[(,]\s*(?:eval|exec|compile)\s*[,)\]]`,
    String.raw`import[^\n]{0,200}\b(?:eval|compile|execfile|system|loads)\b|\b(?:FunctionType|LambdaType)\s*\(|\bmarshal\b|\brunpy\.run_|\btimeit\.(?:timeit|repeat|Timer)\b|\bInteractive(?:Interpreter|Console)\b|\bPyRun_\w+`,
    String.raw`\bsubprocess\b|\bos\.(?:system|popen|spawn\w*|exec\w*|startfile|posix_spawn\w*)\b|\b(?:Popen|popen[234]|startfile|spawn[lv]p?e?|exec[lv]p?e?|posix_spawnp?|create_subprocess_(?:exec|shell))\b|\bpty\.spawn\b|\bcommands\.get\w*output\b|(?<![\w.])system\s*\(`,
    String.raw`\b(?:VirtualAlloc\w*|VirtualProtect\w*|RtlMoveMemory|CreateThread|CreateRemoteThread|WriteProcessMemory|PROT_EXEC|mprotect|PAGE_EXECUTE\w*|LoadLibrary\w*|ShellExecute\w*)\b|\b(?:CDLL|WinDLL)\s*\(|\bmmap\.mmap\b`,
    String.raw`\b(?:exec_module|spec_from_file_location|load_source|load_dynamic|run_path|zipimporter|SourceFileLoader|SourcelessFileLoader)\b|\bchmod\b`,
  ].join('|'),
);

const FEED = new RegExp(
  [
    String.raw`\b(?:urlopen|urlretrieve|requests|httpx|urllib3|http\.client|httplib|HTTPS?Connection|socket|ftplib|wget|curl|aiohttp)\b`,
    String.raw`\b(?:wave|aifc|sunau|wavfile|soundfile|librosa|audioread|pydub|AudioSegment|Image|imageio|imread|stegano|judyb|stepic|readframes|getdata|getpixel|tobytes)\b`,
    String.raw`\b(?:b64decode|b32decode|b16decode|b85decode|a85decode|decodebytes|decodestring|a2b_\w+|unhexlify|fromhex|zlib|lzma|bz2|gzip|marshal|codecs|rot_?13|BytesIO|swapcase|b64|base64|binascii)\b`,
    String.raw`\bchr\s*\(|\[::-1\]|\.translate\s*\(|\bbytes\s*\(\s*\[|[\w\])]\s*\^\s*[A-Za-z_(\[]|\^=|\.decode\(\s*['"](?:base64|hex|rot|zlib|bz2)|(?:\\x[0-9a-fA-F]{2}){16}|\.(?:wav|mp3|png|jpe?g|gif|bmp|flac|ogg)\b`,
  ].join('|'),
);

const COMPUTED = new RegExp(
  [
    String.raw`\b__import__\s*\((?!\s*['"][\w.]+['"]\s*[,)])|=\s*__import__\s*(?:$|[#;,)\r\n])|\b(?:import_module|__import__)\s*\([^)\n]{0,200}(?:\+|join|\[::-1\]|chr\s*\(|decode|replace)`,
    String.raw`(?:__builtins__|\bbuiltins|__builtin__)\s*(?:\[|\.__dict__|\.(?:exec|eval|compile|__import__|getattr)\b)|\b(?:getattr|vars)\s*\(\s*(?:__builtins__|builtins|__builtin__)\b|\b(?:globals|locals|vars)\s*\(\s*\)\s*\[[^\]\n]{0,200}\]\s*\(|\b(?:globals|locals|vars)\s*\(\s*\)\s*\[(?!\s*['"]\w+['"]\s*\])|=\s*(?:globals|locals|vars)\s*\(\s*\)\s*(?:$|[#;\r\n])`,
    String.raw`\bgetattr\s*\(\s*(?:os|subprocess|pty|ctypes|sys\.modules\s*\[[^\]\n]{0,100}\]|__import__\s*\([^)\n]{0,100}\)|importlib\.import_module\s*\([^)\n]{0,100}\))\s*,\s*(?!['"]\w+['"]\s*[,)])`,
  ].join('|'),
);

/**
 * The words every SINK or COMPUTED match contains. V8 scans a plain alternation of words at hundreds of MB/s, but the
 * full patterns above (lookbehinds, classes first) at about a hundred; so the words are found first and the full
 * patterns run on a window around each.
 */
const KEYS = /exec|eval|compile|marshal|FunctionType|LambdaType|runpy|timeit|Interactive|PyRun_|subprocess|system|popen|Popen|spawn|startfile|pty\.spawn|commands\.get|VirtualAlloc|VirtualProtect|RtlMoveMemory|CreateThread|CreateRemoteThread|WriteProcessMemory|PROT_EXEC|mprotect|PAGE_EXECUTE|LoadLibrary|ShellExecute|CDLL|WinDLL|mmap\.mmap|exec_module|spec_from_file_location|load_source|load_dynamic|run_path|zipimporter|SourceFileLoader|SourcelessFileLoader|chmod|__import__|import_module|builtins|__builtin__|globals|locals|vars|getattr|loads/g;
/** Characters before and after a key word that a full pattern can span. */
const BEFORE = 220;
const AFTER = 340;

const SINK_OR_COMPUTED = new RegExp(`${SINK.source}|${COMPUTED.source}`);

/**
 * The global key-word pattern, reused: building a RegExp per call cost more than the scan itself when the slicer tests
 * a hundred thousand small functions of one file. A call made while it is in use (from `hit`) builds its own.
 */
let idleKeys: RegExp | null = new RegExp(KEYS.source, 'g');

/** Call `hit(window)` for windows of the text around key words where a full pattern matches, until it returns true. */
function scan(text: string, hit: (window: string) => boolean): boolean {
  const keys = idleKeys ?? new RegExp(KEYS.source, 'g');
  idleKeys = null;
  keys.lastIndex = 0;
  try {
    let checkedTo = -1;
    for (let m = keys.exec(text); m; m = keys.exec(text)) {
      const from = Math.max(0, m.index - BEFORE, checkedTo - BEFORE);
      const to = Math.min(text.length, m.index + AFTER);
      if (to <= checkedTo) continue;
      checkedTo = to;
      const w = text.slice(from, to);
      if (SINK_OR_COMPUTED.test(w) && hit(w)) return true;
    }
    return false;
  } finally {
    idleKeys = keys;
  }
}

/**
 * The code of a source without what its string literals and comments say (f-strings are kept whole: their fields are
 * code). A sink is a call in code: `exec(...)` inside a literal only runs when code outside hands the literal to a
 * sink, and then that sink is the anchor. Data modules full of text ("Air heating pad system (physical object)") are
 * not analysed for what their strings say.
 */
export function codeOnly(text: string): string {
  const n = text.length;
  let out = '';
  let from = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 35) {
      out += text.slice(from, i);
      while (i < n && text.charCodeAt(i) !== 10) i++;
      from = i;
    } else if (c === 39 || c === 34) {
      let p = i - 1;
      let fstring = false;
      while (p >= 0 && p >= i - 2 && /[rRbBuUfF]/.test(text[p])) {
        if (text[p] === 'f' || text[p] === 'F') fstring = true;
        p--;
      }
      const triple = text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c;
      const q = triple ? 3 : 1;
      const start = i + q;
      i = start;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 92) i += 2;
        else if (d === c && (!triple || (text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c))) break;
        else if (!triple && (d === 10 || d === 13)) break;
        else i++;
      }
      const end = Math.min(i, n);
      if (!fstring) {
        out += text.slice(from, start);
        from = end;
      }
      i = end + (end < n && text.charCodeAt(end) === c ? q : 0);
    } else i++;
  }
  return out + text.slice(from);
}

/**
 * Whether a whole file (or a decoded layer of code) is worth analysing: a sink or a computed name in its code, and
 * for a sink something that feeds it anywhere (the feed can be in a literal: `python -c "import base64; ..."`).
 * Linear in the text; the literal-free copy is made only for files whose raw text has an anchor.
 */
export function worthAnalysing(text: string): boolean {
  if (!scan(text, () => true)) return false;
  const code = codeOnly(text);
  let sink = false;
  return scan(code, (w) => {
    if (COMPUTED.test(w)) return true;
    if (sink) return false;
    sink = true;
    return FEED.test(text);
  });
}

/**
 * Whether text holds something that can feed a sink: a download, a media reader, a decoder, a de-obfuscation step.
 * Code a bound left out matters when it may feed a sink outside it (the argument of an exec nested too deep).
 */
export function hasFeed(text: string): boolean {
  return FEED.test(text);
}

/**
 * Whether raw text, of which it is not known where its string literals start (the bytes past a size cap), holds a
 * sink or a computed name anywhere: literals count, so it errs towards reporting.
 */
export function mayHoldAnchors(text: string): boolean {
  return scan(text, () => true);
}

/**
 * Whether a piece of code holds a sink or a computed name in its code (not in its literals): the parts of a module
 * kept for parsing (slice.ts), and the test for whether something a bound left out mattered.
 */
export function hasAnchors(text: string): boolean {
  return scan(text, () => true) && scan(codeOnly(text), () => true);
}
