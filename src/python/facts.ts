/** What the loader analysis of one Python file found: plain data, kept per file until the artifact is finalised. */

/** Where code runs: module level (at import, or at install for setup.py), a function, or `if __name__ == '__main__'`. */
export type ExecContext = 'module' | 'function' | 'main';

export type SinkKind =
  | 'exec' // exec/eval/compile+exec, FunctionType, PyRun_SimpleString, code.InteractiveInterpreter
  | 'python-stdin' // a Python interpreter fed its program on stdin
  | 'process' // a process started with the data in its command line
  | 'run-file' // a file written with the data, then run (process, startfile, CDLL)
  | 'import' // a module imported from a written file or by a computed name
  | 'chmod' // a file written with the data, then made executable
  | 'persist' // the data written where the system runs it later (Startup folder, shell profiles, cron, autostart)
  | 'drop-exe' // the data written to a file named like an executable
  | 'native' // the data copied into memory that is then executed (ctypes, mmap)
  | 'unpickle'; // pickle.loads of the data (runs code by design)

export interface Flow {
  sink: SinkKind;
  /** Callee as written or resolved, e.g. `builtins.exec`, `subprocess.Popen`. */
  call: string;
  offset: number;
  line: number;
  /** Labels of the data at the sink (values.ts L). */
  t: number;
  src: string[];
  steps: string[];
  paths: string[];
  urls: string[];
  ctx: ExecContext;
  /** Function the sink is in (standalone analysis), when not module level. */
  fn?: string;
  /** Decoded-code nesting level the sink was found at (0 = the file itself). */
  layer: number;
  /** Started hidden or detached (creationflags, start_new_session, pythonw, nohup). */
  hidden?: boolean;
  /** Defanged preview of the code or command, when it was folded. */
  preview?: string;
  /** What the folded data is (classification of decoded bytes), when known. */
  what?: string;
  detail?: string;
}

export interface ObfuscatedName {
  /** What the computed name resolved to, e.g. `builtins.exec`, `import os`. */
  name: string;
  how: string;
  offset: number;
  line: number;
  ctx: ExecContext;
  layer: number;
}

export interface HiddenLocation {
  value: string;
  steps: string[];
  offset: number;
  line: number;
  layer: number;
}

export interface NetCall {
  call: string;
  url?: string;
  offset: number;
  line: number;
  ctx: ExecContext;
  fn?: string;
  layer: number;
}

export interface PyFacts {
  flows: Flow[];
  obfuscated: ObfuscatedName[];
  locations: HiddenLocation[];
  network: NetCall[];
  /** File names the code mentions in literals (asset references). */
  refs: string[];
  /** Bounds that stopped the analysis of something that matters. */
  incomplete: string[];
  /** Characters parsed, layers of decoded code analysed, evaluation steps. */
  stats: { chars: number; layers: number; work: number };
}

export const MAX_FLOWS = 64;
export const MAX_OBFUSCATED = 32;
export const MAX_LOCATIONS = 16;
export const MAX_NETWORK = 32;
export const MAX_REFS = 64;

export function emptyFacts(): PyFacts {
  return { flows: [], obfuscated: [], locations: [], network: [], refs: [], incomplete: [], stats: { chars: 0, layers: 0, work: 0 } };
}
