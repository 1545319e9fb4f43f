import type { Page } from 'playwright-core';

/**
 * The demo's sample decision repeated into a 100,000-character editor body: the size of a
 * long register pasted in one go, with personal data in every copy (hundreds of findings).
 */
export async function fillLongDocument(page: Page, characters = 100_000): Promise<number> {
  return page.evaluate((target) => {
    const sample = (window as unknown as { CMS_SAMPLE: { html: string } }).CMS_SAMPLE.html;
    const editor = document.getElementById('editor')!;
    let html = '';
    let copies = 0;
    const probe = document.createElement('div');
    probe.innerHTML = sample;
    const perCopy = probe.textContent!.length;
    while (copies * perCopy < target) {
      html += sample;
      copies++;
    }
    editor.innerHTML = html;
    return editor.textContent!.length;
  }, characters);
}

/** Puts the caret at the end of the middle paragraph of the editor. */
export async function caretInMiddle(page: Page): Promise<void> {
  await page.evaluate(() => {
    const editor = document.getElementById('editor')!;
    editor.focus();
    const paragraphs = editor.querySelectorAll('p');
    const middle = paragraphs[Math.floor(paragraphs.length / 2)]!;
    const range = document.createRange();
    range.selectNodeContents(middle);
    range.collapse(false);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  });
}

/**
 * Types one character the way the browser does for a key press (a trusted insertText), then
 * yields one task: every MutationObserver callback and microtask the keystroke caused (the
 * extension's scan and highlight) has run by then. A MessageChannel yields without the 4 ms
 * clamp of setTimeout. Returns the elapsed milliseconds per keystroke.
 */
export async function timeKeystrokes(page: Page, text: string): Promise<number[]> {
  // A string, not a function: the bench runs under tsx, whose helpers would leak into the page.
  return page.evaluate(`(async () => {
    const samples = [];
    for (const character of ${JSON.stringify(text)}) {
      await new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
      });
      const start = performance.now();
      document.execCommand('insertText', false, character);
      await new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
      });
      samples.push(performance.now() - start);
    }
    return samples;
  })()`) as Promise<number[]>;
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}
