/**
 * `gongshi … | head -n 1`: the reader closes the pipe after the first line, and every later
 * write fails with EPIPE. A Unix tool stops quietly then; it must not print a stack trace.
 * Run through bin/gongshi.js in a real subprocess whose stdout we close after one chunk.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJournalJson } from '../core/journal/index';
import { buildJournal } from '../core/journal/test-journal';

const bin = join(import.meta.dirname, '..', 'bin', 'gongshi.js');
let dir: string;

/** Runs gongshi, reads one chunk of its stdout, closes the pipe, and waits for it to end. */
function firstChunkOnly(args: string[]) {
  const child = spawn(process.execPath, [bin, ...args], { cwd: dir });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
  });
  child.stdout.once('data', () => child.stdout.destroy());
  return new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongshi-pipe-'));
  // Every entry edited: two lines of output per entry, far more than a pipe's buffer.
  const log = buildJournal(3000).map((entry) => ({ ...entry, operator: '他人' }));
  writeFileSync(join(dir, 'log.json'), exportJournalJson(log, '2026-11-28T08:00:00.000Z'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('output into a pipe that closes early', () => {
  it.each([[['verify-log', 'log.json']], [['verify-log', '--format', 'json', 'log.json']]])(
    '%j stops quietly, with the exit status of a tool killed by SIGPIPE',
    async (args) => {
      const result = await firstChunkOnly(args);
      expect(result.stderr).toBe('');
      expect(result).toMatchObject({ code: 141, signal: null });
    },
    60_000,
  );
});
