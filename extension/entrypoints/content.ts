import { defineContentScript } from 'wxt/utils/define-content-script';
import { startAssistant } from '../content/assistant';
import { markFrameActive } from '../services/frame-marker';

const STARTED = Symbol.for('gongshi.assistant');

/**
 * The assistant: injected by the background into a frame where the sentinel
 * (sentinel.content.ts) saw an editor, never registered on its own.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(ctx) {
    // Injected at most once per frame, even if the sentinel asks twice.
    const scope = globalThis as unknown as Record<symbol, boolean>;
    if (scope[STARTED]) return;
    scope[STARTED] = true;
    markFrameActive(document);
    startAssistant(document, location.hostname)
      .then((assistant) => ctx.onInvalidated(() => assistant.stop()))
      .catch((error: unknown) => console.error('Gongshi: the assistant could not start', error));
  },
});
