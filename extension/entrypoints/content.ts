import { defineContentScript } from 'wxt/utils/define-content-script';
import { markFrameActive } from '../services/frame-marker';

export default defineContentScript({
  // Registered at run time by the background, only for sites the clerk enabled.
  registration: 'runtime',
  matches: [],
  allFrames: true,
  main() {
    markFrameActive(document);
  },
});
