/**
 * Finding a Python with pip, and running pip isolated from every configuration it would otherwise read.
 *
 * pip runs as `python -I -m pip --isolated ...` (-I: no PYTHON* variables, no user site-packages; --isolated: no user
 * configuration, no PIP_* variables) with an environment built from an allowlist (PATH, HOME, temp folders, locale,
 * proxies, CA bundles) — so no PIP_* variable and no *_TOKEN reaches it — plus PIP_CONFIG_FILE set to the null
 * device, the one switch that also keeps pip from reading the machine-wide files (/etc/pip.conf,
 * /etc/xdg/pip/pip.conf), which --isolated alone still reads. Indexes are always passed explicitly.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import type { MarkerEnvironment } from '../inputs/markers.js';
import { trackChild } from '../tempdir.js';

export interface PythonInfo {
  /** Absolute interpreter path (sys.executable), run directly: no shims, no PATH lookups later. */
  executable: string;
  /** `pip --version` output. */
  pip: string;
  /** The interpreter's PEP 508 marker environment. */
  markers: MarkerEnvironment;
  /** `3.11` */
  pythonVersion: string;
}

const ALLOWED_ENV = [
  'PATH', 'HOME', 'USERPROFILE', 'APPDATA', 'LOCALAPPDATA', 'SYSTEMROOT', 'SYSTEMDRIVE', 'WINDIR', 'COMSPEC', 'PATHEXT',
  'TEMP', 'TMP', 'TMPDIR', 'LANG', 'LC_ALL', 'LC_CTYPE',
  'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy',
  'SSL_CERT_FILE', 'SSL_CERT_DIR', 'REQUESTS_CA_BUNDLE', 'CURL_CA_BUNDLE',
];

/** The environment pip runs with: the allowlist above, never a PIP_* or credential variable, and no config files. */
export function pipEnvironment(from: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const k of ALLOWED_ENV) {
    const v = from[k];
    if (v !== undefined && !/TOKEN|SECRET|PASSWORD|CREDENTIAL/i.test(k)) env[k] = v;
  }
  env.PIP_CONFIG_FILE = os.devNull;
  env.PYTHONIOENCODING = 'utf-8';
  env.PYTHONDONTWRITEBYTECODE = '1';
  return env;
}

export interface ProcResult {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

const MAX_OUTPUT = 4 * 1024 * 1024;

/** Run a program with a timeout and bounded captured output; never through a shell. */
export function runProcess(cmd: string, args: string[], opts: { env: NodeJS.ProcessEnv; cwd?: string; timeoutMs: number }): Promise<ProcResult> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let child;
    try {
      child = spawn(cmd, args, { env: opts.env, cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    } catch (e) {
      resolve({ code: null, stdout: '', stderr: (e as Error).message, timedOut: false });
      return;
    }
    trackChild(child);
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs);
    child.stdout.on('data', (d: Buffer) => {
      if (stdout.length < MAX_OUTPUT) stdout += d.toString('utf8');
    });
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < MAX_OUTPUT) stderr += d.toString('utf8');
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ code: null, stdout, stderr: stderr + e.message, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

const PROBE = `
import json, os, platform, sys
def fv(i):
    v = '%d.%d.%d' % (i.major, i.minor, i.micro)
    if i.releaselevel != 'final':
        v += i.releaselevel[0] + str(i.serial)
    return v
print(json.dumps({
  'executable': sys.executable,
  'markers': {
    'implementation_name': sys.implementation.name,
    'implementation_version': fv(sys.implementation.version),
    'os_name': os.name,
    'platform_machine': platform.machine(),
    'platform_release': platform.release(),
    'platform_system': platform.system(),
    'platform_version': platform.version(),
    'python_full_version': platform.python_version(),
    'platform_python_implementation': platform.python_implementation(),
    'python_version': '.'.join(platform.python_version_tuple()[:2]),
    'sys_platform': sys.platform,
  },
}))
`;

export class PythonNotFound extends Error {}

async function probe(cmd: string): Promise<PythonInfo | string> {
  const env = pipEnvironment();
  const r = await runProcess(cmd, ['-I', '-c', PROBE], { env, timeoutMs: 30_000 });
  if (r.code !== 0) return `${cmd}: ${r.stderr.trim().split('\n').pop() || `exit ${r.code}`}`;
  let info: { executable: string; markers: MarkerEnvironment };
  try {
    info = JSON.parse(r.stdout.trim().split('\n').pop() ?? '');
  } catch {
    return `${cmd}: unexpected output`;
  }
  const exe = info.executable || cmd;
  const pip = await runProcess(exe, ['-I', '-m', 'pip', '--isolated', '--version'], { env, timeoutMs: 60_000 });
  if (pip.code !== 0) return `${cmd} has no pip (${pip.stderr.trim().split('\n').pop() ?? ''})`;
  return { executable: exe, pip: pip.stdout.trim(), markers: { ...info.markers, extra: [] }, pythonVersion: info.markers.python_version ?? '' };
}

/** The tool cache of a GitHub runner (actions/setup-python installs there): newest Python 3 found, or null. */
async function toolCachePython(): Promise<string | null> {
  if (!process.env.RUNNER_TOOL_CACHE) return null;
  try {
    const tc = await import('@actions/tool-cache');
    const versions = tc.findAllVersions('Python').sort((a, b) => b.localeCompare(a, undefined, { numeric: true }));
    for (const v of versions) {
      const dir = tc.find('Python', v);
      if (!dir) continue;
      return process.platform === 'win32' ? path.join(dir, 'python.exe') : path.join(dir, 'bin', 'python3');
    }
  } catch {
    return null;
  }
  return null;
}

/** FetchOptions.python, else python3 (python) on PATH, else the runner's tool cache. */
export async function findPython(explicit?: string): Promise<PythonInfo> {
  const tried: string[] = [];
  const candidates = explicit ? [explicit] : ['python3', 'python'];
  for (const c of candidates) {
    const r = await probe(c);
    if (typeof r !== 'string') return r;
    tried.push(r);
  }
  if (!explicit) {
    const cached = await toolCachePython();
    if (cached) {
      const r = await probe(cached);
      if (typeof r !== 'string') return r;
      tried.push(r);
    }
  }
  throw new PythonNotFound(
    `no Python with pip found (${tried.join('; ')}): install Python 3 and pip (e.g. apt-get install python3-pip, or actions/setup-python) or pass --python PATH`,
  );
}
