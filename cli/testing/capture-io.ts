import { Writable } from 'node:stream';
import type { CommandIO } from '../command';
import { main } from '../main';

/** A stream that keeps what is written to it; `isTTY` set makes the CLI draw progress. */
class Capture extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: Buffer, _encoding: string, callback: () => void) {
    this.text += chunk.toString();
    callback();
  }
}

/** Streams for `main(args, io)` in tests, with what was written to each. */
export function captureIO(
  cwd = process.cwd(),
  { tty = false } = {},
): CommandIO & { out(): string; err(): string } {
  const stdout = new Capture();
  const stderr = new Capture();
  stderr.isTTY = tty;
  return { stdout, stderr, cwd, out: () => stdout.text, err: () => stderr.text };
}

/** Runs the CLI in-process: its exit code and what it wrote. */
export async function runCli(args: string[], cwd: string, options: { tty?: boolean } = {}) {
  const io = captureIO(cwd, options);
  const code = await main(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}
