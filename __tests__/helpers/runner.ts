/**
 * A simulated GitHub Actions runner for the action's entry: a workspace, the files the runner provides
 * (GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, an event payload), INPUT_* variables as the runner sets them (upper case,
 * spaces to `_`, hyphens kept), and a reader for the step outputs and workflow commands the action wrote.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';

export interface SimulatedRunner {
  /** The workspace (GITHUB_WORKSPACE, also the working directory the action runs in). */
  workspace: string;
  temp: string;
  env: Record<string, string>;
  summaryFile: string;
  outputFile: string;
  summary(): string;
  outputs(): Record<string, string>;
  cleanup(): void;
}

export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]));
}

export function simulatedRunner(inputs: Record<string, string>, opts: { event?: { name: string; payload: unknown }; workspace?: string; env?: Record<string, string> } = {}): SimulatedRunner {
  const base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pss-runner-')));
  const workspace = opts.workspace ?? path.join(base, 'ws');
  const temp = path.join(base, 'temp');
  fs.mkdirSync(workspace, { recursive: true });
  fs.mkdirSync(temp, { recursive: true });
  const summaryFile = path.join(base, 'step_summary.md');
  const outputFile = path.join(base, 'output.txt');
  const eventFile = path.join(base, 'event.json');
  fs.writeFileSync(summaryFile, '');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(eventFile, JSON.stringify(opts.event?.payload ?? {}));
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: opts.event?.name ?? 'push',
    GITHUB_REPOSITORY: 'octo/app',
    RUNNER_TEMP: temp,
    ...inputEnv(inputs),
    ...(opts.env ?? {}),
  };
  return {
    workspace,
    temp,
    env,
    summaryFile,
    outputFile,
    summary: () => fs.readFileSync(summaryFile, 'utf8'),
    outputs: () => parseOutputs(fs.readFileSync(outputFile, 'utf8')),
    cleanup: () => fs.rmSync(base, { recursive: true, force: true }),
  };
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<DELIMITER\nvalue\nDELIMITER`. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}

/** Workflow commands (`::error file=a,line=1::message`) in captured standard output. */
export function workflowCommands(stdout: string): Array<{ command: string; props: Record<string, string>; message: string }> {
  const out: Array<{ command: string; props: Record<string, string>; message: string }> = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const i = kv.indexOf('=');
      props[kv.slice(0, i)] = decodeURIComponent(kv.slice(i + 1).replace(/%(?![0-9A-F]{2})/g, '%25'));
    }
    out.push({ command: m[1], props, message: m[3] });
  }
  return out;
}

/**
 * Run an action entry (`run` from src/main.ts) with `runner`'s environment, in its workspace, capturing stdout (where
 * workflow commands go); the environment, working directory and exit code are restored afterwards.
 */
export async function runInRunner(runner: SimulatedRunner, entry: () => Promise<void>): Promise<{ stdout: string; exitCode: number }> {
  const savedEnv = { ...process.env };
  const savedCwd = process.cwd();
  const out: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out.push(String(s));
    return true;
  });
  process.exitCode = undefined;
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_') || k.startsWith('GITHUB_') || k.startsWith('ACTIONS_')) delete process.env[k];
  Object.assign(process.env, runner.env);
  process.chdir(runner.workspace);
  try {
    await entry();
    return { stdout: out.join(''), exitCode: Number(process.exitCode ?? 0) };
  } finally {
    spy.mockRestore();
    process.chdir(savedCwd);
    for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k];
    Object.assign(process.env, savedEnv);
    process.exitCode = undefined;
  }
}
