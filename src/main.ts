/**
 * GitHub Action entry point. It stays thin: inputs in, the same runScan() as the CLI, reports out. Requirements and
 * lock files, fetching with pip, annotations and SARIF come with the action work; for now it scans the artifact paths
 * given in `files` and writes the job summary.
 */
import * as core from '@actions/core';
import { defaultOptions, DEFAULT_THRESHOLD } from './options.js';
import { exitCode, runScan } from './run.js';
import { renderMarkdown } from './report/markdown.js';
import { errText } from './analyzers/run.js';

export async function run(): Promise<void> {
  try {
    const targets = core.getMultilineInput('files').flatMap((l) => l.split(/\s+/)).filter(Boolean);
    const thresholdInput = core.getInput('threshold');
    const threshold = thresholdInput ? Number(thresholdInput) : DEFAULT_THRESHOLD;
    if (!Number.isFinite(threshold)) throw new Error(`threshold must be a number, got ${JSON.stringify(thresholdInput)}`);
    // fail-on: incomplete (default: flagged or not fully scanned fails), flagged (only flagged fails), never (advisory)
    const failOn = core.getInput('fail-on') || 'incomplete';
    if (!['incomplete', 'flagged', 'never'].includes(failOn)) throw new Error(`fail-on must be incomplete, flagged or never, got ${JSON.stringify(failOn)}`);
    const report = await runScan(targets, defaultOptions({ threshold, failOnIncomplete: failOn === 'incomplete' }));
    const maxScore = Math.max(0, ...report.artifacts.map((a) => a.score));
    core.setOutput('max-score', String(maxScore));
    core.setOutput('flagged-count', String(report.stats.flagged));
    await core.summary.addRaw(renderMarkdown(report)).write();
    const code = exitCode(report);
    if (code === 2) core.setFailed(report.errors.map((e) => `${e.target}: ${e.message}`).join('; '));
    else if (code === 1 && failOn !== 'never') core.setFailed(`${report.stats.flagged} artifact(s) flagged, ${report.stats.incomplete} not fully scanned`);
  } catch (e) {
    core.setFailed(errText(e));
  }
}
