/**
 * The scanner's one temporary folder per run, and its removal.
 *
 * Everything the scanner writes for itself (downloaded artifacts, pip's requirement files and download folder, pip's
 * own temporary files, base versions of manifests for changed-only) goes under one folder, `pypi-stego-scan-tmp-XXXXXX`
 * in the system temporary folder, so that one removal takes it all away. An entry point (cli.ts, main.ts) opens it
 * with `withRunTemp()`, which removes it when the run ends, whether it returns or throws. Library code asks
 * `makeTempDir()` for a folder: under the run's folder when one is open, else a fresh folder of its own in the system
 * temporary folder (the caller removes it).
 *
 * Signals: `installSignalCleanup()`, called only by the command-line and action entry files (never on import of
 * library code), makes SIGINT, SIGTERM and SIGHUP kill the child processes the scanner started (pip), remove the
 * run's folder synchronously, and then end the process by the same signal (exit status 128 + signal number as seen
 * by a shell: 130 for SIGINT, 143 for SIGTERM). A process `exit` hook removes the folder too, should anything call
 * process.exit().
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const TEMP_PREFIX = 'pypi-stego-scan-tmp-';

let root: string | null = null;
let users = 0;
const children = new Set<ChildProcess>();

/** The run folder, when one has been made, or null. */
export function runTempRoot(): string | null {
  return root;
}

/**
 * Open the run (shared by nested or concurrent callers: the folder is removed when the last one closes it). The
 * folder itself is made on first use, so a run that writes nothing (local artifacts only) makes none.
 */
export function openRunTemp(): void {
  users++;
}

/** Close the run: its folder is removed when no caller still uses it. */
export function closeRunTemp(): void {
  users = Math.max(0, users - 1);
  if (users === 0) removeRunTemp();
}

/** Remove the run folder now, whoever still uses it (signals, exit). Synchronous, never throws. */
export function removeRunTemp(): void {
  const r = root;
  root = null;
  if (!r) return;
  try {
    fs.rmSync(r, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    // nothing more can be done here; the folder is the system temporary folder's to clean
  }
}

/** Run `fn` with the run open; its folder is removed afterwards, also when `fn` throws. */
export async function withRunTemp<T>(fn: () => Promise<T>): Promise<T> {
  openRunTemp();
  try {
    return await fn();
  } finally {
    closeRunTemp();
  }
}

/** A fresh folder `prefix-XXXXXX`: inside the run folder when a run is open, else in the system temporary folder. */
export async function makeTempDir(prefix: string): Promise<string> {
  // The run folder is made synchronously, so that it is known (and removable) from the moment it exists.
  if (users > 0 && !root) root = fs.mkdtempSync(path.join(os.tmpdir(), TEMP_PREFIX));
  return fsp.mkdtemp(path.join(root ?? os.tmpdir(), `${prefix}-`));
}

/** A child process to kill if the run is interrupted (forgotten when it exits). */
export function trackChild(child: ChildProcess): void {
  children.add(child);
  const forget = () => children.delete(child);
  child.once('exit', forget);
  child.once('error', forget);
}

function killChildren(): void {
  for (const c of children) {
    try {
      c.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
  children.clear();
}

const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;
let installed = false;

/**
 * Entry points only: on SIGINT, SIGTERM or SIGHUP, stop the scanner's child processes, remove the run folder, and end
 * by the same signal; on exit, remove the run folder. Idempotent.
 */
export function installSignalCleanup(): void {
  if (installed) return;
  installed = true;
  const handlers = new Map<string, () => void>();
  for (const [name, num] of Object.entries(SIGNALS) as Array<[keyof typeof SIGNALS, number]>) {
    const handler = () => {
      killChildren();
      removeRunTemp();
      process.exitCode = 128 + num;
      // Ending by the signal itself tells the parent how the process ended: with these handlers gone, the default
      // action applies (unless another listener remains). Where a process cannot signal itself (Windows), or the
      // signal does not end it, exit with the shell's code instead.
      for (const [s, h] of handlers) process.removeListener(s, h);
      try {
        process.kill(process.pid, name);
      } catch {
        process.exit(128 + num);
      }
      setTimeout(() => process.exit(128 + num), 1000).unref();
    };
    handlers.set(name, handler);
    process.on(name, handler);
  }
  process.on('exit', () => {
    killChildren();
    removeRunTemp();
  });
}
