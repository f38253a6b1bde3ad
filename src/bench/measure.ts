// Runs one build as a child process and measures its wall time and peak resident memory.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface RunResult {
  /** Wall-clock milliseconds from spawn to exit. */
  ms: number;
  /**
   * Peak RSS in KiB of the whole process tree (GNU time reports the largest of the child and
   * everything it waited for, e.g. Pagefind's binary), or null when /usr/bin/time is missing.
   */
  treeMaxRssKb: number | null;
  code: number;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';
const MAX_CAPTURE = 4 * 1024 * 1024;

export const hasGnuTime = (): boolean => existsSync(GNU_TIME);

/** Runs `command args…` in `cwd`; never throws for a non-zero exit (the caller decides). */
export async function runMeasured(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<RunResult> {
  const timeDir = hasGnuTime() ? await mkdtemp(path.join(os.tmpdir(), 'newsline-bench-time-')) : null;
  const timeFile = timeDir ? path.join(timeDir, 'time.txt') : null;
  const [cmd, argv] = timeFile ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      if (out.length < MAX_CAPTURE) out += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      if (err.length < MAX_CAPTURE) err += d;
    });
    child.on('error', reject);
    child.on('close', (c, signal) => resolve({ code: c ?? (signal ? 128 : 1), stdout: out, stderr: err }));
  });
  const ms = performance.now() - started;
  let treeMaxRssKb: number | null = null;
  if (timeFile && timeDir) {
    const report = await readFile(timeFile, 'utf8').catch(() => '');
    const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(report);
    treeMaxRssKb = m?.[1] ? Number(m[1]) : null;
    await rm(timeDir, { recursive: true, force: true });
  }
  return { ms, treeMaxRssKb, code, stdout, stderr };
}

/** The last line of output that is a JSON object with `"bench": true`: the child's own report. */
export function childReport<T>(stdout: string): T | null {
  const lines = stdout.split('\n').reverse();
  for (const line of lines) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('{"bench":true')) continue;
    try {
      return JSON.parse(trimmed) as T;
    } catch {
      return null;
    }
  }
  return null;
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
