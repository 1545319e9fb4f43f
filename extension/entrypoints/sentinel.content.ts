import { defineContentScript } from 'wxt/utils/define-content-script';
import { handledByParentFrame } from '../content/frames';
import { whenEditorAppears } from '../content/sentinel';
import { markFrameActive } from '../services/frame-marker';
import { sendMessage } from '../services/protocol';

/**
 * The only script that runs on every page of an enabled site: a few hundred bytes that mark
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
    markFrameActive(document);
    // Editor iframes are checked from the page that holds them, through contentDocument.
    if (handledByParentFrame(window)) return;
    if (document.body?.tagName === 'FRAMESET') return;
    const stop = whenEditorAppears(document, () => {
      sendMessage('assistant.start', undefined).catch((error: unknown) => {
        console.error('Gongshi: the assistant could not start', error);
      });
    });
    ctx.onInvalidated(stop);
  },
});
