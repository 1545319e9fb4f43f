import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { PageChecker, PageFinding } from '../checker';
import { isMinorFinding } from '../minor-memory';
import type { PanelStrings } from './strings';

interface Props {
  readonly item: PageFinding;
  readonly checker: PageChecker;
  readonly strings: PanelStrings;
  readonly announce: (message: string) => void;
}

/** One finding: kind, masked preview, where it is, and what the clerk can do about it. */
export function FindingItem({ item, checker, strings: t, announce }: Props) {
  const askingReason = useSignal(false);
  const reason = useSignal('');
  const reasonInput = useRef<HTMLInputElement>(null);
  const busy = checker.busy.value;
  // Buttons repeat per row: each one's accessible name says which finding it acts on,
  // starting with its visible text (WCAG 2.5.3 label in name).
  const subject = `${item.kindLabel} ${item.preview}`;
  const reasonId = `reason-${item.id.replace(/[^a-z0-9]/gi, '-')}`;
  // A minor's decision is not a value to keep or clear: it is never published. The row says
  // why; 脱敏 may still mask the name, but nothing here lets the decision out.
  const minor = isMinorFinding(item.finding);

  return (
    <li>
      <span class="kind">{item.kindLabel}</span>
      <span class="preview">{item.preview}</span>
      <span class="where">{t.inField(item.surface.label)}</span>
      {minor ? <span class="reason">{item.finding.reason}</span> : null}
      {askingReason.value ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (checker.ignore(item.id, reason.value)) askingReason.value = false;
          }}
        >
          <label for={reasonId}>{t.ignoreReason}</label>
          <input
            id={reasonId}
            ref={reasonInput}
            required
            value={reason.value}
            onInput={(event) => {
              reason.value = (event.target as HTMLInputElement).value;
            }}
          />
          <div class="row-actions">
            <button type="submit" disabled={reason.value.trim() === ''}>
              {t.confirmIgnore}
            </button>
            <button type="button" onClick={() => (askingReason.value = false)}>
              {t.cancel}
            </button>
          </div>
        </form>
      ) : (
        <div class="row-actions">
          {item.redactable ? (
            <button
              type="button"
              disabled={busy}
              aria-label={`${t.redactOne} ${subject}`}
              onClick={async () => {
                const result = await checker.redactOne(item.id);
                announce(t.redacted(result.redacted, result.failed));
              }}
            >
              {t.redactOne}
            </button>
          ) : null}
          {minor ? null : (
            <>
              <button
                type="button"
                disabled={busy}
                aria-label={`${t.markPublic} ${subject}`}
                onClick={() => void checker.markPublic(item.id)}
              >
                {t.markPublic}
              </button>
              <button
                type="button"
                disabled={busy}
                aria-label={`${t.ignore} ${subject}`}
                onClick={() => {
                  askingReason.value = true;
                  queueMicrotask(() => reasonInput.current?.focus());
                  setTimeout(() => reasonInput.current?.focus(), 0);
                }}
              >
                {t.ignore}
              </button>
            </>
          )}
        </div>
      )}
    </li>
  );
}
