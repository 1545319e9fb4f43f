import { defineContentScript } from 'wxt/utils/define-content-script';
import { handledByParentFrame, startAssistant } from '../content/assistant';
import { markFrameActive } from '../services/frame-marker';

export default defineContentScript({
  // Registered at run time by the background, only for sites the clerk enabled.
  registration: 'runtime',
  matches: [],
  allFrames: true,
  main(ctx) {
    markFrameActive(document);
    // Editor iframes (TinyMCE, CKEditor 4, KindEditor, UEditor) are checked from the page
    // that holds them, so each surface has one panel and one gate.
    if (handledByParentFrame(window)) return;
    if (document.body?.tagName === 'FRAMESET') return;
    startAssistant(document, location.hostname)
      .then((assistant) => ctx.onInvalidated(() => assistant.stop()))
      .catch((error: unknown) => console.error('Gongshi: the assistant could not start', error));
  },
});
