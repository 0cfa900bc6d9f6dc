/**
 * The long fuzzing pass (`npm run fuzz`): every target of __tests__/fuzz (or those named) for a number of runs or
 * seconds each, far more than the tests do. Each target runs in a worker thread watched from here, so that a call
 * that never returns (a loop) is caught too: the worker is stopped and the input it was on is kept.
 *
 * Every failing input (shrunk by fast-check; a hanging or crashing one as is) is written to
 * __tests__/fixtures/fuzz/<target>/<sha256 prefix>.bin, which __tests__/fuzz/replay.test.ts runs on every test run.
 *
 *   npm run fuzz                          30 s per target
 *   npm run fuzz -- --seconds 120 zip tar  two targets, 2 minutes each
 *   npm run fuzz -- --runs 5000            a fixed number of runs per target
 *   npm run fuzz -- --seed 42              reproducible
 *
 * Exit status 1 when any target failed.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { errorText, targetProperty, runOne, seedsOf } from '../__tests__/fuzz/harness.js';
import { ALL_TARGETS, targetNamed } from '../__tests__/fuzz/targets/index.js';

const FIXTURE_DIR = path.resolve('__tests__/fixtures/fuzz');

interface Job {
  target: string;
  runs: number;
  seconds: number;
  seed: number;
}

type Msg =
  | { type: 'start'; input: Uint8Array }
  | { type: 'done'; ms: number }
  | { type: 'progress'; runs: number }
  | { type: 'fail'; input: Uint8Array; error: string; seed: number }
  | { type: 'end'; runs: number; maxMs: number };

/** Distinct failures kept per target in one pass (the same bug is found again and again otherwise). */
const MAX_FAILURES = 5;
/** A call this long is taken for a loop: far above the per-call guard of the properties. */
const HANG_MS = 120_000;

async function worker(job: Job): Promise<void> {
  const post = (m: Msg) => parentPort!.postMessage(m);
  const t = targetNamed(job.target);
  if (!t) throw new Error(`no target ${job.target}`);
  let maxMs = 0;
  let runs = 0;
  for (const s of await seedsOf(t)) {
    post({ type: 'start', input: s });
    try {
      maxMs = Math.max(maxMs, await runOne(t, s));
    } catch (e) {
      post({ type: 'fail', input: s, error: `valid sample: ${errorText(e)}`, seed: -1 });
    }
    post({ type: 'done', ms: 0 });
  }
  const prop = await targetProperty(t, {
    onStart: (d) => post({ type: 'start', input: d }),
    onDone: (ms) => {
      maxMs = Math.max(maxMs, ms);
      post({ type: 'done', ms });
    },
  });
  const deadline = job.seconds > 0 ? Date.now() + job.seconds * 1000 : Infinity;
  const seen = new Set<string>();
  let seed = job.seed;
  while (runs < job.runs && Date.now() < deadline && seen.size < MAX_FAILURES) {
    const chunk = Math.min(200, job.runs - runs);
    const details = await fc.check(prop, { numRuns: chunk, seed, interruptAfterTimeLimit: Math.min(2 ** 31 - 1, Math.max(1000, deadline - Date.now())) });
    runs += details.numRuns;
    post({ type: 'progress', runs });
    if (details.failed && details.counterexample) {
      const error = errorText(details.errorInstance);
      const key = error.split('\n')[0].replace(/\d+/g, 'N');
      if (!seen.has(key)) {
        seen.add(key);
        post({ type: 'fail', input: details.counterexample[0] as Uint8Array, error, seed });
      }
    }
    seed = (seed * 1103515245 + 12345) % 0x7fffffff;
  }
  post({ type: 'end', runs, maxMs });
}

function writeFixture(target: string, input: Uint8Array): string {
  const dir = path.join(FIXTURE_DIR, target);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${createHash('sha256').update(input).digest('hex').slice(0, 16)}.bin`);
  fs.writeFileSync(file, input);
  return path.relative(process.cwd(), file);
}

interface Outcome {
  target: string;
  runs: number;
  maxMs: number;
  failures: string[];
  seconds: number;
}

function runTarget(job: Job): Promise<Outcome> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const out: Outcome = { target: job.target, runs: 0, maxMs: 0, failures: [], seconds: 0 };
    const w = new Worker(new URL(import.meta.url), { workerData: job, resourceLimits: { maxOldGenerationSizeMb: 3072 } });
    let current: Uint8Array | null = null;
    let since = Date.now();
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearInterval(watch);
      out.seconds = Math.round((Date.now() - t0) / 1000);
      resolve(out);
    };
    const lost = (why: string) => {
      if (current) {
        const f = writeFixture(job.target, current);
        out.failures.push(`${why} on a ${current.length}-byte input: ${f}`);
      } else out.failures.push(why);
    };
    const watch = setInterval(() => {
      if (current && Date.now() - since > HANG_MS) {
        lost(`one call ran over ${HANG_MS / 1000} s (a loop?)`);
        current = null;
        void w.terminate();
      }
    }, 1000);
    w.on('message', (m: Msg) => {
      if (m.type === 'start') {
        current = m.input;
        since = Date.now();
      } else if (m.type === 'done') current = null;
      else if (m.type === 'progress') out.runs = m.runs;
      else if (m.type === 'fail') {
        const f = writeFixture(job.target, m.input);
        out.failures.push(`${f} (seed ${m.seed}): ${m.error}`);
      } else if (m.type === 'end') {
        out.runs = m.runs;
        out.maxMs = m.maxMs;
      }
    });
    w.on('error', (e) => {
      lost(`worker crashed: ${errorText(e)}`);
      current = null;
    });
    w.on('exit', finish);
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let runs = Infinity;
  let seconds = 0;
  let seed = Date.now() % 0x7fffffff;
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--runs') runs = Number(args[++i]);
    else if (a === '--seconds') seconds = Number(args[++i]);
    else if (a === '--seed') seed = Number(args[++i]);
    else if (a === '--list') {
      for (const t of ALL_TARGETS) console.log(t.name);
      return;
    } else if (a.startsWith('-')) throw new Error(`unknown option ${a} (--runs N, --seconds S, --seed N, --list, target names)`);
    else names.push(a);
  }
  if (!Number.isFinite(runs) && seconds <= 0) seconds = 30;
  const targets = names.length ? names : ALL_TARGETS.map((t) => t.name);
  for (const n of targets) if (!targetNamed(n)) throw new Error(`no fuzz target ${n} (see --list)`);
  console.log(`fuzz: ${targets.length} targets, ${Number.isFinite(runs) ? `${runs} runs` : 'no run limit'}${seconds > 0 ? `, ${seconds} s` : ''} each, seed ${seed}`);
  const outcomes: Outcome[] = [];
  for (const name of targets) {
    const o = await runTarget({ target: name, runs, seconds, seed });
    outcomes.push(o);
    console.log(`${o.failures.length ? 'FAIL' : 'ok  '} ${name.padEnd(14)} ${String(o.runs).padStart(8)} runs  ${String(o.seconds).padStart(5)} s  slowest call ${Math.round(o.maxMs)} ms`);
    for (const f of o.failures) console.log(`     ${f.split('\n').join('\n     ')}`);
  }
  const total = outcomes.reduce((a, o) => a + o.runs, 0);
  const failed = outcomes.filter((o) => o.failures.length);
  console.log(`fuzz: ${total} runs in all; ${failed.length ? `${failed.length} targets failed, inputs kept under ${path.relative(process.cwd(), FIXTURE_DIR)}/` : 'no failures'}`);
  if (failed.length) process.exitCode = 1;
}

if (isMainThread) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  });
} else {
  worker(workerData as Job).catch((e) => {
    parentPort!.postMessage({ type: 'fail', input: new Uint8Array(0), error: `worker: ${errorText(e)}`, seed: -1 } satisfies Msg);
    parentPort!.postMessage({ type: 'end', runs: 0, maxMs: 0 } satisfies Msg);
  });
}
