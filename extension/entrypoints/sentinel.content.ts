import { defineContentScript } from 'wxt/utils/define-content-script';
import { handledByParentFrame } from '../content/frames';
import { whenEditorAppears } from '../content/sentinel';
import { markFrameActive } from '../services/frame-marker';
import { sendMessage } from '../services/protocol';

const START_ATTEMPTS = 4;
const STARTED = Symbol.for('gongshi.sentinel');

/**
 * The only script that runs on every page of an enabled site: about 5 kB that mark
 * the frame and wait for an editor. When one appears, the background injects the assistant
 * (entrypoints/content.ts: the engine, the panel, the gate) into this frame. Pages without
 * an editor (the portal, lists, search results) never load it.
 */
export default defineContentScript({
  // Registered at run time by the background, only for sites the clerk enabled.
  registration: 'runtime',
  matches: [],
  allFrames: true,
  main(ctx) {
    // Registered, and also injected into tabs already open when the background registered
    // (first load): both may reach the same frame; one watcher is enough.
    const scope = globalThis as unknown as Record<symbol, boolean>;
    if (scope[STARTED]) return;
    scope[STARTED] = true;
    markFrameActive(document);
    // Editor iframes are checked from the page that holds them, through contentDocument.
    if (handledByParentFrame(window)) return;
    if (document.body?.tagName === 'FRAMESET') return;
    const stop = whenEditorAppears(document, () => void requestAssistant());
    // The background may be waking up (MV3 service worker) or busy: ask again a few times.
    async function requestAssistant(attempt = 0): Promise<void> {
      try {
        if (await sendMessage('assistant.start', undefined)) return;
      } catch (error) {
        if (attempt >= START_ATTEMPTS - 1) {
          console.error('Gongshi: the assistant could not start', error);
          return;
        }
      }
      if (attempt < START_ATTEMPTS - 1) {
        ctx.setTimeout(() => void requestAssistant(attempt + 1), 300 * (attempt + 1));
      }
    }
    ctx.onInvalidated(stop);
  },
});
