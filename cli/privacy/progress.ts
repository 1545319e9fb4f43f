/**
 * Progress on a terminal's stderr: files done, findings so far, time left. Silent when
 * stderr is not a terminal, so piped and redirected output stays clean.
 */
export class Progress {
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean },
    private readonly total: number,
    private readonly verb: string,
  ) {}

  get enabled(): boolean {
    return this.stream.isTTY === true && this.total > 1;
  }

  update(done: number, findings: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < 100 && done < this.total) return;
    this.lastDraw = now;
    const elapsed = (now - this.started) / 1000;
    const left = done > 0 ? Math.round((elapsed / done) * (this.total - done)) : undefined;
    const eta = left === undefined ? '' : ` · 剩余约 ${left} 秒 / ~${left}s left`;
    this.stream.write(
      `\r\x1b[2K${this.verb} ${done}/${this.total} 个文件 · 发现 ${findings} 处${eta}`,
    );
    this.drawn = true;
  }

  finish(): void {
    if (this.drawn) this.stream.write('\r\x1b[2K');
  }
}
