import { render } from 'preact';
import type { PageChecker } from '../checker';
import type { PublishGate } from '../gate';
import { GateDialog } from './GateDialog';
import { Panel } from './Panel';
import { ZH_CN } from './strings';
import { PANEL_CSS } from './styles';

/** The element hosting the panel; tests and the page can find it by this tag. */
export const PANEL_HOST_TAG = 'gongshi-assistant';

/**
 * Renders the panel and the publish dialog into an open shadow root appended to the page's
 * root element: the CMS's styles and scripts stay out, and the CMS's own serialisation of
 * <body> (what gets published) never includes it.
 */
export function mountPanel(doc: Document, checker: PageChecker, gate: PublishGate): () => void {
  const host = doc.createElement(PANEL_HOST_TAG);
  host.setAttribute('lang', 'zh-CN');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = PANEL_CSS;
  const root = doc.createElement('div');
  shadow.append(style, root);
  doc.documentElement.append(host);
  render(
    <>
      <Panel checker={checker} strings={ZH_CN} />
      <GateDialog gate={gate} strings={ZH_CN} />
    </>,
    root,
  );
  return () => {
    render(null, root);
    host.remove();
  };
}
