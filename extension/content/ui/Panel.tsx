import { useSignal } from '@preact/signals';
import type { PageChecker } from '../checker';
import { FindingItem } from './FindingItem';
import type { PanelStrings } from './strings';

// A pasted register can hold hundreds of findings: the panel lists the first ones (全部脱敏
// covers all) so that typing in a long document never waits for a long list to re-render.
const PANEL_LIMIT = 30;

interface Props {
  readonly checker: PageChecker;
  readonly strings: PanelStrings;
}

/**
 * The in-page panel: the page's findings and the actions on them. Shown once the page has
 * an editing surface. The count sits in a polite live region, so screen readers announce it
 * as it changes without stealing focus from the editor.
 */
export function Panel({ checker, strings: t }: Props) {
  const expanded = useSignal(true);
  const notice = useSignal('');
  const findings = checker.findings.value;
  const busy = checker.busy.value;
  const minor = checker.minor.value;
  if (checker.surfaceCount.value === 0) return null;
  const announce = (message: string) => {
    notice.value = message;
  };
  const status =
    findings.length === 0 ? t.none : t.count(findings.length, checker.ignoredCount.value);

  return (
    <section class="panel" aria-labelledby="gongshi-panel-title" data-findings={findings.length}>
      <header>
        <h2 id="gongshi-panel-title">{t.title}</h2>
        <button
          type="button"
          aria-expanded={expanded.value}
          aria-controls="gongshi-panel-body"
          onClick={() => (expanded.value = !expanded.value)}
        >
          {expanded.value ? t.collapse : t.expand}
        </button>
      </header>
      <div class="body" id="gongshi-panel-body" hidden={!expanded.value}>
        <p class="status" role="status" aria-live="polite" aria-atomic="true">
          {busy ? t.working : status} {notice.value}
        </p>
        {/* Not a live region: it stands while the clerk types, and the dialog says it again. */}
        {minor ? <p class="blocked">{t.minorNotice(minor)}</p> : null}
        <div class="toolbar">
          <button
            type="button"
            class="primary"
            disabled={busy || !findings.some((item) => item.redactable)}
            onClick={async () => {
              const result = await checker.redactAll();
              announce(t.redacted(result.redacted, result.failed));
            }}
          >
            {t.redactAll}
          </button>
          {checker.canUndo.value ? (
            <button
              type="button"
              disabled={busy}
              onClick={async () => announce(t.undone(await checker.undoLast()))}
            >
              {t.undo}
            </button>
          ) : null}
        </div>
        <ol>
          {findings.slice(0, PANEL_LIMIT).map((item) => (
            <FindingItem
              key={item.id}
              item={item}
              checker={checker}
              strings={t}
              announce={announce}
            />
          ))}
        </ol>
        {findings.length > PANEL_LIMIT ? <p>{t.more(findings.length - PANEL_LIMIT)}</p> : null}
      </div>
    </section>
  );
}
