import { type ReadonlySignal, signal } from '@preact/signals';
import type { ReviewFile } from '../services/legal-review';
import type { HistoryEventInput } from '../services/protocol';
import type { PageChecker, PageFinding } from './checker';
import type { MinorDecision } from './minor-memory';
import { BridgeEvent } from './page-bridge-events';
import { publishControlFor } from './publish-controls';
import type { ReviewDesk, ReviewState } from './review-desk';
import type { PanelStrings } from './ui/strings';

export type GateChoice =
  | { readonly type: 'redact' }
  | { readonly type: 'back' }
  | { readonly type: 'anyway'; readonly reason: string };

export interface GateRequest {
  readonly findings: readonly PageFinding[];
  /**
   * Set when the page holds a decision on a minor: it is never published, so nothing in the
   * dialog lets it through (no redaction, no override, no review).
   */
  readonly minor?: MinorDecision;
  /** Set when the decision is major and its legal review does not let it out yet. */
  readonly review?: ReviewState;
  readonly error?: string;
}

// After the clerk chose, the publish is replayed: let it through for this long.
const REPLAY_WINDOW_MS = 3000;

/**
 * Stops a publication while unresolved personal data remains, whichever way the CMS
 * publishes:
 * - a click on a publish control (发布, 签发, 保存并发布…, or the site's selectors), caught
 *   in the capture phase at the window, before any handler of the page: this also stops
 *   AJAX publish buttons;
 * - a form submit event (Enter in a field, requestSubmit);
 * - `form.submit()` called by a script, which fires no event: the page-world bridge patches
 *   it and asks here first (BridgeEvent.scriptSubmit).
 *
 * The dialog offers 全部脱敏并发布, 返回修改 and 仍要发布 (with a written reason); after the
 * first and the last, the original action is replayed.
 *
 * A major decision (重大执法决定 under the clerk's policy profile) also needs its legal review
 * with the opinion 同意 before it goes out; that step has no "anyway": the dialog takes the
 * opinion, reviewer and date, and any other opinion keeps the publication stopped.
 *
 * A decision on a minor (the checker's `minor`: the engine's `minor` finding, remembered
 * after redaction removed its evidence) never goes out (DOMAIN.md §2): the dialog says why
 * and offers only 返回修改; neither redaction, 仍要发布 nor a review lets it through.
 */
export class PublishGate {
  readonly #doc: Document;
  readonly #checker: PageChecker;
  readonly #strings: PanelStrings;
  readonly #record: (event: HistoryEventInput) => void;
  readonly #review: ReviewDesk | undefined;
  #selectors: readonly string[] = [];
  #allowUntil = 0;
  #replay: (() => void) | undefined;
  readonly #request = signal<GateRequest | undefined>(undefined);
  readonly #working = signal(false);

  readonly request: ReadonlySignal<GateRequest | undefined> = this.#request;
  readonly working: ReadonlySignal<boolean> = this.#working;

  constructor(
    doc: Document,
    checker: PageChecker,
    strings: PanelStrings,
    record: (event: HistoryEventInput) => void,
    review?: ReviewDesk,
  ) {
    this.#doc = doc;
    this.#checker = checker;
    this.#strings = strings;
    this.#record = record;
    this.#review = review;
  }

  set selectors(selectors: readonly string[]) {
    this.#selectors = selectors;
  }

  /**
   * Listens in the page and in every same-origin frame the checker looks into: the publish
   * button of a CMS shell's edit form lives in an iframe.
   */
  install(): () => void {
    const removers: Array<() => void> = [];
    const installed = new WeakSet<Document>();
    const listenIn = (doc: Document) => {
      const view = doc.defaultView;
      if (!view || installed.has(doc)) return;
      installed.add(doc);
      const onClick = (event: MouseEvent) => this.#onClick(event);
      const onSubmit = (event: SubmitEvent) => this.#onSubmit(event);
      const onScriptSubmit = (event: Event) => this.#onScriptSubmit(event, doc);
      view.addEventListener('click', onClick, true);
      view.addEventListener('submit', onSubmit, true);
      doc.addEventListener(BridgeEvent.scriptSubmit, onScriptSubmit, true);
      removers.push(() => {
        view.removeEventListener('click', onClick, true);
        view.removeEventListener('submit', onSubmit, true);
        doc.removeEventListener(BridgeEvent.scriptSubmit, onScriptSubmit, true);
      });
    };
    listenIn(this.#doc);
    removers.push(this.#checker.onDocument(listenIn));
    return () => {
      for (const remove of removers) remove();
    };
  }

  /** The legal-review state when it stops the publication, else undefined. */
  #reviewBlock(): ReviewState | undefined {
    if (!this.#review) return undefined;
    try {
      const state = this.#review.current();
      return state.status.allowed ? undefined : state;
    } catch (error) {
      console.error('Gongshi: the legal-review check failed', error);
      return undefined;
    }
  }

  /**
   * Whether a publish may go now: the clerk already decided (a replay), or nothing is
   * unresolved — then the publication is recorded.
   */
  #mayPublish(): boolean {
    if (Date.now() < this.#allowUntil) return true;
    if (this.#request.value) return false;
    let clean: boolean;
    try {
      clean = this.#checker.checkNow().length === 0;
    } catch (error) {
      // Fail closed, with a way out: the dialog still offers 仍要发布 with a reason.
      console.error('Gongshi: the publish check failed', error);
      return false;
    }
    if (!clean || this.#checker.minor.value || this.#reviewBlock()) return false;
    this.#record({ site: this.#checker.host, action: 'published-clean', count: 0 });
    // One click can reach the gate twice (click, then the form's submit): record it once.
    this.#allowUntil = Date.now() + REPLAY_WINDOW_MS;
    return true;
  }

  #stop(event: Event, replay: () => void): void {
    event.preventDefault();
    event.stopImmediatePropagation();
    if (this.#request.value) return;
    this.#replay = replay;
    const findings = this.#checker.open;
    const minor = this.#checker.minor.value;
    // No review can let a minor's decision out: the dialog does not ask for one.
    const review = minor ? undefined : this.#reviewBlock();
    this.#request.value = {
      findings,
      ...(minor ? { minor } : {}),
      ...(review ? { review } : {}),
    };
    this.#record({
      site: this.#checker.host,
      action: 'blocked',
      count: findings.length,
      details: {
        reviewRequired: review !== undefined,
        ...(minor ? { minor: true } : {}),
        ...(review?.file.review ? { opinion: review.file.review.opinion } : {}),
      },
    });
  }

  /**
   * The clerk recorded the legal review in the dialog. With 同意 (and nothing else open) the
   * stopped publication goes ahead; otherwise the dialog shows what still stops it.
   */
  async saveReview(file: ReviewFile): Promise<void> {
    if (!this.#review || !this.#request.value) return;
    const state = await this.#review.save(file);
    if (!state.status.allowed) {
      this.#request.value = { findings: this.#checker.open, review: state };
      return;
    }
    const open = this.#checker.checkNow();
    const minor = this.#checker.minor.value;
    if (open.length > 0 || minor) {
      this.#request.value = { findings: open, ...(minor ? { minor } : {}) };
      return;
    }
    this.#record({ site: this.#checker.host, action: 'published-clean', count: 0 });
    this.#release();
  }

  /** Closes the dialog and replays the stopped publication. */
  #release(): void {
    const replay = this.#replay;
    this.#replay = undefined;
    this.#request.value = undefined;
    this.#allowUntil = Date.now() + REPLAY_WINDOW_MS;
    // Editors that keep a separate model (TinyMCE, CKEditor 4) copy it into their textarea
    // on submit; a script path may have copied before the redaction: ask them again.
    this.#checker.notifyPage(BridgeEvent.syncEditors);
    replay?.();
  }

  #onClick(event: MouseEvent): void {
    const control = publishControlFor(event.target, this.#selectors);
    if (!control || this.#mayPublish()) return;
    this.#stop(event, () => control.click());
  }

  #onSubmit(event: SubmitEvent): void {
    if (this.#mayPublish()) return;
    const form = event.target as HTMLFormElement;
    const submitter = event.submitter;
    this.#stop(event, () => {
      // requestSubmit runs the page's submit handlers (editors save into their textarea).
      if (submitter && (submitter as HTMLButtonElement).form === form)
        form.requestSubmit(submitter);
      else form.requestSubmit();
    });
  }

  #onScriptSubmit(event: Event, doc: Document): void {
    if (this.#mayPublish()) return;
    const form = event.target as HTMLFormElement;
    this.#stop(event, () => {
      // The page copied its editors into the form before calling submit(), i.e. before the
      // redaction: copy again through the editors' own APIs, then submit. The isolated
      // world's HTMLFormElement.prototype.submit is the browser's own, not the patched one.
      doc.dispatchEvent(new CustomEvent(BridgeEvent.syncEditors));
      form.submit();
    });
  }

  /** The clerk's answer in the dialog. */
  async choose(choice: GateChoice): Promise<void> {
    if (!this.#request.value || this.#working.value) return;
    if (choice.type === 'back') {
      this.#request.value = undefined;
      this.#replay = undefined;
      // Once the dialog has closed (and handed focus back), take the clerk to the first finding.
      await new Promise((resolvePromise) => setTimeout(resolvePromise, 0));
      const first = this.#checker.open[0];
      if (first) this.#checker.reveal(first);
      return;
    }
    if (choice.type === 'redact') {
      // Not offered for a minor's decision: redaction cannot make it publishable.
      if (this.#request.value.minor) return;
      this.#working.value = true;
      // Close the modal first: while it is open the rest of the page is inert, and an
      // inert editor takes neither focus nor input.
      this.#request.value = undefined;
      await new Promise((resolvePromise) => setTimeout(resolvePromise, 0));
      try {
        await this.#checker.redactAll();
      } finally {
        this.#working.value = false;
      }
      const remaining = this.#checker.checkNow();
      const minor = this.#checker.minor.value;
      if (minor) {
        this.#request.value = { findings: remaining, minor };
        return;
      }
      if (remaining.length > 0) {
        this.#request.value = {
          findings: remaining,
          error: this.#strings.gateStillOpen(remaining.length),
        };
        return;
      }
      const review = this.#reviewBlock();
      if (review) {
        // The text is clean now; the legal review still has to let it out.
        this.#request.value = { findings: [], review };
        return;
      }
      this.#record({ site: this.#checker.host, action: 'published-clean' });
    } else {
      // 仍要发布 covers personal data only: a major decision's review cannot be skipped, and
      // a minor's decision is never published.
      if (this.#request.value.minor || this.#checker.minor.value || this.#reviewBlock()) return;
      this.#record({
        site: this.#checker.host,
        action: 'published-anyway',
        reason: choice.reason,
        count: this.#checker.open.length,
      });
    }
    this.#release();
  }
}
