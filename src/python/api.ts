/**
 * The Python API the loader analysis knows by name: canonical spellings of modules that moved or have aliases, the
 * builtins, and the sets of functions that are sinks, sources and sensitive names.
 */

/** Prefix rewrites to one canonical spelling (Python 2 names, six.moves, compatibility aliases). */
const CANON: Array<[string, string]> = [
  ['__builtin__', 'builtins'],
  ['__builtins__', 'builtins'],
  ['six.moves.builtins', 'builtins'],
  ['future.builtins', 'builtins'],
  ['urllib2', 'urllib.request'],
  ['urllib.urlopen', 'urllib.request.urlopen'],
  ['urllib.urlretrieve', 'urllib.request.urlretrieve'],
  ['urllib.URLopener', 'urllib.request.URLopener'],
  ['six.moves.urllib.request', 'urllib.request'],
  ['six.moves.urllib', 'urllib'],
  ['future.moves.urllib', 'urllib'],
  ['six.moves.urllib_request', 'urllib.request'],
  ['httplib', 'http.client'],
  ['six.moves.http_client', 'http.client'],
  ['requests.api', 'requests'],
  ['requests.sessions', 'requests'],
  ['httpx', 'requests'],
  ['posixpath', 'os.path'],
  ['ntpath', 'os.path'],
  ['Image', 'PIL.Image'],
  ['cStringIO.StringIO', 'io.BytesIO'],
  ['StringIO.StringIO', 'io.BytesIO'],
  ['io.StringIO', 'io.BytesIO'],
  ['io.open', 'builtins.open'],
  ['codecs.open', 'builtins.open'],
  ['cPickle', 'pickle'],
  ['_pickle', 'pickle'],
  ['dill', 'pickle'],
  ['cloudpickle', 'pickle'],
  ['importlib.__import__', 'builtins.__import__'],
  ['commands', 'subprocess'],
  ['imageio.v2', 'imageio'],
  ['imageio.v3', 'imageio'],
  ['matplotlib.pyplot.imread', 'matplotlib.image.imread'],
  ['librosa.core', 'librosa'],
  ['pydub.audio_segment', 'pydub'],
];

const canonCache = new Map<string, string>();

export function canon(q: string): string {
  const hit = canonCache.get(q);
  if (hit !== undefined) return hit;
  let out = q;
  for (const [from, to] of CANON) {
    if (q === from || (q.startsWith(from) && q[from.length] === '.')) {
      out = to + q.slice(from.length);
      break;
    }
  }
  if (canonCache.size < 10000) canonCache.set(q, out);
  return out;
}

/** Names Python resolves from builtins when no scope binds them. */
export const BUILTINS = new Set(
  (
    'exec eval compile execfile open file getattr setattr hasattr delattr globals locals vars __import__ bytes bytearray str ' +
    'unicode chr unichr ord int long float list tuple dict set frozenset map filter zip enumerate range xrange len reversed ' +
    'sorted iter next memoryview input raw_input print type isinstance issubclass sum min max any all abs hex oct bin repr ' +
    'format round divmod pow callable id hash super object property staticmethod classmethod slice reload apply buffer ' +
    '__builtins__ breakpoint help dir ascii basestring'
  ).split(' '),
);

/** Process launchers: the first argument is an argv list or a command string. */
export const PROCESS = new Set([
  'subprocess.Popen',
  'subprocess.call',
  'subprocess.run',
  'subprocess.check_call',
  'subprocess.check_output',
  'subprocess.getoutput',
  'subprocess.getstatusoutput',
  'os.system',
  'os.popen',
  'os.popen2',
  'os.popen3',
  'os.popen4',
  'os.startfile',
  'os.posix_spawn',
  'os.posix_spawnp',
  'pty.spawn',
  'asyncio.create_subprocess_exec',
  'asyncio.create_subprocess_shell',
  'platform.popen',
]);

/** os.exec* / os.spawn*: the program path is the first (exec) or second (spawn) argument. */
export function osExecLike(q: string): 'exec' | 'spawn' | null {
  if (/^os\.exec[lv]p?e?$/.test(q)) return 'exec';
  if (/^os\.spawn[lv]p?e?$/.test(q)) return 'spawn';
  return null;
}

/** Names that, reached through a computed name, show an intent to hide what is called. */
const SENSITIVE_EXACT = new Set([
  'builtins.exec',
  'builtins.eval',
  'builtins.compile',
  'builtins.execfile',
  'builtins.__import__',
  'builtins.getattr',
  'builtins.open',
  'builtins.globals',
  'builtins.vars',
  'marshal.loads',
  'pickle.loads',
  'types.FunctionType',
  'types.CodeType',
  'importlib.import_module',
  'urllib.request.urlopen',
  'urllib.request.urlretrieve',
  'requests.get',
  'requests.post',
  'socket.socket',
  'socket.create_connection',
  'os.chmod',
  'base64.b64decode',
  'zlib.decompress',
]);

export function isSensitive(q: string): boolean {
  if (SENSITIVE_EXACT.has(q) || PROCESS.has(q) || osExecLike(q)) return true;
  return /^(?:subprocess|ctypes|pty)\.\w|(?:^|\.)(?:VirtualAlloc\w*|RtlMoveMemory|CreateThread|WriteProcessMemory|PyRun_\w+)$/.test(q);
}

/** Modules whose name, computed at run time, shows an intent to hide an import. */
export const SENSITIVE_MODULES = /^(?:os|subprocess|socket|ctypes|builtins|__builtin__|base64|binascii|marshal|zlib|codecs|urllib(?:\.request)?|urllib2|requests|httpx|http\.client|pty|pickle|importlib|sys|shutil|winreg|_winreg|platform|webbrowser|smtplib|ftplib|telnetlib|paramiko|mmap)$/;

/** Extensions of media files: data read from them is "media". */
export const MEDIA_EXT = /\.(?:wav|wave|mp3|flac|ogg|oga|opus|m4a|aac|aif|aiff|au|snd|png|jpe?g|gif|bmp|ico|webp|tiff?)$/i;
/** Extensions of files that run when opened or loaded. */
export const EXEC_EXT = /\.(?:exe|dll|scr|com|msi|bat|cmd|ps1|vbs|vbe|jse?|hta|lnk|sh|elf|so|dylib|pyd|jar|apk|app)$/i;
/** File names worth relating to the artifact's members (assets a loader may read). */
export const ASSET_NAME = /^[\w.\-\u00c0-\uffef]{1,128}\.(?:wav|wave|mp3|flac|ogg|oga|opus|m4a|aac|aif|aiff|au|png|jpe?g|gif|bmp|ico|webp|tiff?|bin|dat|dll|exe|so|pyd|pyc|db|pkl|pickle|npy|npz|zip|gz|xz|bz2|7z|txt|json|cfg|ini|key|enc|raw|data|blob|pak|res)$/i;
/** Places where a written file is run later by the system or a shell. */
export const PERSIST_PATH = /(?:Start Menu[\\/]Programs[\\/]Startup|[\\/]Startup[\\/]|\.bashrc|\.bash_profile|\.zshrc|\.profile\b|\/etc\/cron|crontab|\/etc\/rc\.local|autostart[\\/]|LaunchAgents|LaunchDaemons|systemd[\\/](?:user|system)[\\/]|\.config[\\/]systemd|sitecustomize\.py|usercustomize\.py|\.pth$)/i;
