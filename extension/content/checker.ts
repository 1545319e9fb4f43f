import { type ReadonlySignal, signal } from '@preact/signals';
import {
  comparableValue,
  type Finding,
  KIND_LABELS,
  maskedPreview,
  redactedForDisplay,
  replacementFor,
  type ScanOptions,
  SurfaceScanner,
} from '../services/privacy';
import type { HistoryEventInput, PageFindingSummary, PageSummary } from '../services/protocol';
import {
  DEFAULT_SETTINGS,
  EMPTY_SITE_RULES,
  type Settings,
  type SiteRules,
  scanOptionsFor,
} from '../services/settings';
import { type DiscoveryListener, SurfaceDiscovery } from './discovery';
import { FindingHighlighter } from './highlighter';
import { isMinorFinding, type MinorDecision, MinorMemory } from './minor-memory';
import { BridgeEvent } from './page-bridge-events';
import type { Surface } from './surfaces';
import { editedText, lastFirst, type TextEdit } from './text-edits';

/** One finding on the page. The raw value stays in this object, in memory, in the page. */
export interface PageFinding {
  /** Surface, kind, value and occurrence: stable while the clerk types elsewhere. */
  readonly id: string;
  readonly surface: Surface;
  readonly finding: Finding;
  /** kind + the engine's comparable form of the value: what "ignore" and "public" remember. */
  readonly key: string;
  readonly kindLabel: string;
  /** Staff-style partial mask: the only form of the value the UI ever shows. */
  readonly preview: string;
  /**
   * False when redacting would change nothing: a minor's name already written as its mask
   * (王某某), or the role word 当事人 that stands for an unnamed minor.
   */
  readonly redactable: boolean;
}

/** A surface as of its last scan. */
interface ScannedSurface {
  /** Its text: what the minor memory looks in. */
  readonly text: string;
  readonly findings: readonly PageFinding[];
}

/** A redaction done, kept (in memory only) so 撤销 can put the text back. */
interface AppliedRedaction {
  readonly surface: Surface;
  readonly start: number;
  readonly replacement: string;
  readonly original: string;
  readonly kind: string;
  /** The finding's staff-style mask, for the record. */
  readonly preview: string;
}

export interface RedactionResult {
  readonly redacted: number;
  /** Findings the editor would not let us change (reported, never silently dropped). */
  readonly failed: number;
}

export interface CheckerHooks {
  /** A clerk action for the history (no raw value leaves except for the salted hash). */
  record(event: HistoryEventInput): void;
  /**
   * The actions of one click (redactions, their undo), in order: recorded once the page has
   * shown their result, so a thousand of them never hold the clerk up.
   */
  recordLater(events: readonly HistoryEventInput[]): void;
  /** Remembers a value as public on this site (storage). */
  markPublic(value: string): Promise<void>;
}

/**
 * Lets the editor apply one edit (selectionchange, Slate/ProseMirror re-render) before the
 * next: one task, through a MessageChannel (no 4 ms timer clamp), so redacting a long
 * register stays quick.
 */
function settle(): Promise<void> {
  return new Promise((resolvePromise) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolvePromise();
    channel.port2.postMessage(0);
  });
}

const MAX_REDACTIONS_PER_BATCH = 5000;

function bySurface<T extends { readonly surface: Surface }>(
  items: readonly T[],
): Map<Surface, T[]> {
  const groups = new Map<Surface, T[]>();
  for (const item of items) {
    const group = groups.get(item.surface);
    if (group) group.push(item);
    else groups.set(item.surface, [item]);
  }
  return groups;
}
const MAX_PASSES = 3;

/**
 * The page's privacy state: surfaces, their findings, what the clerk ignored, and the edits
 * that redact. The panel, the publish gate and the side panel read its signals and call its
 * actions; it owns no UI.
 */
export class PageChecker {
  readonly #doc: Document;
  readonly #host: string;
  readonly #hooks: CheckerHooks;
  readonly #highlighter = new FindingHighlighter();
  readonly #scanners = new Map<string, SurfaceScanner>();
  /** Each active surface's findings, and its text as of its last scan (for the minor memory). */
  readonly #bySurface = new Map<string, ScannedSurface>();
  readonly #ignored = new Map<string, string>();
  readonly #minorMemory = new MinorMemory();
  #options: ScanOptions = {};
  #settings: Settings = DEFAULT_SETTINGS;
  #discovery: SurfaceDiscovery | undefined;
  #lastBatch: AppliedRedaction[] = [];
  #current: readonly PageFinding[] = [];
  readonly #documentListeners = new Set<(doc: Document) => void>();

  readonly #findings = signal<readonly PageFinding[]>([]);
  readonly #surfaceCount = signal(0);
  readonly #busy = signal(false);
  readonly #canUndo = signal(false);
  readonly #ignoredCount = signal(0);
  readonly #minor = signal<MinorDecision | undefined>(undefined);

  /** Unresolved findings (not ignored, not public), in document order per surface. */
  readonly findings: ReadonlySignal<readonly PageFinding[]> = this.#findings;
  readonly surfaceCount: ReadonlySignal<number> = this.#surfaceCount;
  /** True while a batch of redactions runs (buttons disabled, focus stays put). */
  readonly busy: ReadonlySignal<boolean> = this.#busy;
  readonly canUndo: ReadonlySignal<boolean> = this.#canUndo;
  readonly ignoredCount: ReadonlySignal<number> = this.#ignoredCount;
  /**
   * Set while the page holds a decision on a minor, which is never published: shown by a
   * `minor` finding now, or remembered after redaction removed its evidence (MinorMemory).
   */
  readonly minor: ReadonlySignal<MinorDecision | undefined> = this.#minor;

  constructor(doc: Document, host: string, hooks: CheckerHooks) {
    this.#doc = doc;
    this.#host = host;
    this.#hooks = hooks;
  }

  get host(): string {
    return this.#host;
  }

  get surfaces(): Surface[] {
    return this.#discovery?.surfaces ?? [];
  }

  /**
   * Tells the page-world bridge of every document (page and frames) something happened:
   * editors live in the window that created them, which may be a frame of a CMS shell.
   */
  notifyPage(event: string): void {
    for (const doc of this.#discovery?.documents ?? [this.#doc]) {
      doc.dispatchEvent(new CustomEvent(event));
    }
  }

  /**
   * Calls `listener` with every document the checker looks into: the page and its
   * same-origin frames (a CMS shell often shows its edit form in an iframe).
   */
  onDocument(listener: (doc: Document) => void): () => void {
    for (const doc of this.#discovery?.documents ?? []) listener(doc);
    this.#documentListeners.add(listener);
    return () => this.#documentListeners.delete(listener);
  }

  /** Starts finding surfaces and scanning them. */
  start(settings: Settings = DEFAULT_SETTINGS, rules: SiteRules = EMPTY_SITE_RULES): void {
    this.configure(settings, rules);
    const listener: DiscoveryListener = {
      surfacesChanged: (surfaces) => {
        this.#surfaceCount.value = surfaces.length;
        for (const surface of surfaces) this.#scan(surface);
        this.#publish();
      },
      surfaceEdited: (surface) => {
        // During a batch of redactions the batch rescans once at the end of each pass.
        if (this.#busy.value) return;
        this.#scan(surface);
        this.#publish();
      },
      documentAdded: (doc) => {
        for (const listener of this.#documentListeners) listener(doc);
      },
      surfaceRemoved: (surface) => {
        this.#scanners.delete(surface.id);
        this.#bySurface.delete(surface.id);
        this.#highlighter.clear(surface.id);
      },
    };
    this.#discovery = new SurfaceDiscovery(this.#doc, listener);
    this.#discovery.start();
  }

  stop(): void {
    this.#discovery?.stop();
    for (const id of this.#bySurface.keys()) this.#highlighter.clear(id);
    this.#bySurface.clear();
    this.#minorMemory.clear();
    this.#current = [];
    this.#findings.value = [];
    this.#minor.value = undefined;
  }

  /** New settings or site rules: every surface is scanned again with the new options. */
  configure(settings: Settings, rules: SiteRules): void {
    this.#settings = settings;
    this.#options = scanOptionsFor(settings, rules);
    this.#scanners.clear();
    if (this.#discovery) this.checkNow();
  }

  /**
   * Scans every surface now, synchronously, and returns what is unresolved: the publish gate
   * calls this inside a click handler, where it must decide before the page's handler runs.
   */
  checkNow(): readonly PageFinding[] {
    this.#discovery?.rescan();
    for (const surface of this.surfaces) this.#scan(surface);
    this.#publish();
    return this.#current;
  }

  /** The unresolved findings as of the last scan, with current offsets. */
  get open(): readonly PageFinding[] {
    return this.#current;
  }

  /** Scans one surface; a failure is logged and leaves that surface's last findings. */
  #scan(surface: Surface): void {
    try {
      this.#scanNow(surface);
    } catch (error) {
      // Never break the CMS page: an editor this code does not understand is skipped.
      console.error(`Gongshi: could not check ${surface.label}`, error);
    }
  }

  #scanNow(surface: Surface): void {
    if (!surface.isActive()) {
      if (this.#bySurface.delete(surface.id)) this.#highlighter.clear(surface.id);
      return;
    }
    let scanner = this.#scanners.get(surface.id);
    if (!scanner) {
      scanner = new SurfaceScanner(this.#options);
      this.#scanners.set(surface.id, scanner);
    }
    const snapshot = surface.read();
    const text = snapshot.text;
    // The text first: a scan that fails keeps the surface's last findings, with its new text.
    const last = this.#bySurface.get(surface.id)?.findings ?? [];
    this.#bySurface.set(surface.id, { text, findings: last });
    const found: PageFinding[] = [];
    const ranges: StaticRange[] = [];
    const occurrences = new Map<string, number>();
    for (const finding of scanner.update(text)) {
      const { key, preview } = this.#describe(finding);
      if (this.#ignored.has(key)) continue;
      const occurrence = (occurrences.get(key) ?? 0) + 1;
      occurrences.set(key, occurrence);
      found.push({
        // Stable while the clerk types elsewhere (offsets shift, occurrences do not), so the
        // panel keeps its rows and its focus.
        id: `${surface.id}:${key}:${occurrence}`,
        surface,
        finding,
        key,
        kindLabel: KIND_LABELS[finding.kind] ?? finding.kind,
        preview,
        // Any other kind's mask differs from the value it replaces.
        redactable:
          !isMinorFinding(finding) ||
          replacementFor(finding, this.#settings.redactionStyle) !== finding.text,
      });
      const range = snapshot.staticRangeFor(finding.start, finding.end);
      if (range) ranges.push(range);
    }
    this.#bySurface.set(surface.id, { text, findings: found });
    this.#highlighter.show(surface.id, surface.document, ranges);
  }

  // Key and preview depend on kind and value only; a long document repeats both on every
  // keystroke, so they are computed once per value (in memory, dropped with the page).
  readonly #descriptions = new Map<string, { key: string; preview: string }>();

  #describe(finding: Finding): { key: string; preview: string } {
    const cacheKey = `${finding.kind}\u0000${finding.text}`;
    let description = this.#descriptions.get(cacheKey);
    if (!description) {
      description = {
        key: `${finding.kind}:${comparableValue(finding.text)}`,
        preview: maskedPreview(finding),
      };
      if (this.#descriptions.size > 5000) this.#descriptions.clear();
      this.#descriptions.set(cacheKey, description);
    }
    return description;
  }

  #publish(): void {
    const all = this.surfaces.flatMap((surface) => this.#bySurface.get(surface.id)?.findings ?? []);
    this.#current = all;
    const minor = this.#minorMemory.update(
      all
        .filter((item) => isMinorFinding(item.finding))
        .map((item) => ({ finding: item.finding, surface: item.surface.label })),
      this.surfaces.flatMap((surface) => this.#bySurface.get(surface.id)?.text ?? []),
    );
    const before = this.#minor.value;
    if (
      before?.reason !== minor?.reason ||
      before?.shown !== minor?.shown ||
      before?.surface !== minor?.surface
    ) {
      this.#minor.value = minor;
    }
    // The UI shows kinds and previews, not offsets: it re-renders only when the list of
    // findings changes, not when typing elsewhere shifts their positions.
    const previous = this.#findings.value;
    const same =
      previous.length === all.length &&
      previous.every(
        (item, index) => item.id === all[index]!.id && item.redactable === all[index]!.redactable,
      );
    if (!same) this.#findings.value = all;
  }

  /** Redacts one finding. */
  redactOne(id: string): Promise<RedactionResult> {
    const target = this.#current.find((item) => item.id === id);
    if (!target) return Promise.resolve({ redacted: 0, failed: 0 });
    return this.#redact([target.id]);
  }

  /** Redacts every unresolved finding on the page (全部脱敏). */
  redactAll(): Promise<RedactionResult> {
    return this.#redact(undefined);
  }

  async #redact(only: readonly string[] | undefined): Promise<RedactionResult> {
    if (this.#busy.value) return { redacted: 0, failed: 0 };
    this.#busy.value = true;
    const batch: AppliedRedaction[] = [];
    const failed = new Set<string>();
    try {
      // Each pass redacts the findings of one scan from the end of each surface backwards,
      // so the offsets of those still to do stay valid; #apply checks the text is still
      // there. A second pass picks up what the first could not see (values that only became
      // findings once a neighbour changed) until nothing is left or nothing moves.
      for (let pass = 0; pass < MAX_PASSES; pass++) {
        const targets = this.checkNow()
          .filter(
            (item) => item.redactable && !failed.has(item.id) && (!only || only.includes(item.id)),
          )
          .sort((a, b) =>
            a.surface === b.surface
              ? b.finding.start - a.finding.start
              : a.surface.id.localeCompare(b.surface.id),
          );
        if (targets.length === 0) break;
        let progressed = false;
        if (!only) {
          // 全部脱敏: each surface in one edit of its editor, one undo step; a surface that
          // cannot take it (or whose text then differs) goes finding by finding below.
          const rest: PageFinding[] = [];
          this.#saveUndoLevel();
          for (const group of bySurface(targets).values()) {
            const applied = await this.#applyAll(group);
            if (applied) {
              batch.push(...applied);
              progressed ||= applied.length > 0;
            } else {
              rest.push(...group);
            }
          }
          this.#saveUndoLevel();
          targets.splice(0, targets.length, ...rest);
        }
        for (const target of targets.slice(0, MAX_REDACTIONS_PER_BATCH)) {
          const applied = await this.#apply(target);
          if (applied) {
            batch.push(applied);
            progressed = true;
          } else {
            failed.add(target.id);
          }
        }
        this.checkNow();
        // One finding asked for: done, whatever the ids of the others became.
        if (only || !progressed) break;
      }
    } finally {
      this.#busy.value = false;
      this.#hooks.recordLater(batch.map((applied) => this.#redactedEvent(applied)));
    }
    if (batch.length > 0) {
      this.#lastBatch = batch;
      this.#canUndo.value = true;
    }
    return { redacted: batch.length, failed: failed.size };
  }

  #redactedEvent(applied: AppliedRedaction): HistoryEventInput {
    return {
      site: this.#host,
      action: 'redacted',
      kind: applied.kind,
      preview: applied.preview,
      position: applied.start,
      value: applied.original,
    };
  }

  async #apply(item: PageFinding): Promise<AppliedRedaction | undefined> {
    const { surface, finding } = item;
    const replacement = replacementFor(finding, this.#settings.redactionStyle);
    const before = surface.read().text;
    if (before.slice(finding.start, finding.end) !== finding.text) return undefined;
    if (!(await this.#replace(surface, finding.start, finding.end, replacement))) return undefined;
    const after = surface.read().text;
    const expectedLength = before.length - (finding.end - finding.start) + replacement.length;
    const ok =
      after.slice(finding.start, finding.start + replacement.length) === replacement &&
      after.length === expectedLength;
    if (!ok) return undefined;
    return {
      surface,
      start: finding.start,
      replacement,
      original: finding.text,
      kind: finding.kind,
      preview: item.preview,
    };
  }

  /**
   * Redacts one surface's findings (from its last scan, last first) as one edit of its
   * editor. Undefined when the surface took none of it, or its text is not then exactly
   * what redacting finding by finding gives (the findings left are done one by one).
   */
  async #applyAll(items: readonly PageFinding[]): Promise<AppliedRedaction[] | undefined> {
    const surface = items[0]?.surface;
    if (!surface) return [];
    const before = surface.read().text;
    const chosen = new Map<TextEdit, PageFinding>();
    for (const item of items) {
      const { finding } = item;
      if (before.slice(finding.start, finding.end) !== finding.text) continue;
      const replacement = replacementFor(finding, this.#settings.redactionStyle);
      chosen.set({ start: finding.start, end: finding.end, replacement }, item);
    }
    const edits = lastFirst([...chosen.keys()]);
    if (edits.length === 0) return undefined;
    const expected = editedText(before, edits);
    if (!surface.replaceAll(edits)) return undefined;
    if (surface.read().text !== expected) {
      // A model editor renders its DOM after the task that changed its model.
      await settle();
      if (surface.read().text !== expected) return undefined;
    }
    return edits.map((edit) => {
      const { finding, preview } = chosen.get(edit)!;
      return {
        surface,
        start: edit.start,
        replacement: edit.replacement,
        original: finding.text,
        kind: finding.kind,
        preview,
      };
    });
  }

  /** Select, let the editor see the selection, insert, let it re-render. */
  async #replace(surface: Surface, start: number, end: number, text: string): Promise<boolean> {
    if (!surface.select(start, end)) return false;
    this.#saveUndoLevel();
    await settle();
    const inserted = surface.insert(text);
    await settle();
    this.#saveUndoLevel();
    return inserted;
  }

  /** Asks editors with their own undo history to record one (through the page bridge). */
  #saveUndoLevel(): void {
    this.notifyPage(BridgeEvent.saveUndoLevel);
  }

  /**
   * Puts back the text of the last batch (撤销): each surface in one edit where its editor
   * takes it (as 全部脱敏 did), otherwise newest edit first.
   */
  async undoLast(): Promise<number> {
    if (this.#busy.value || this.#lastBatch.length === 0) return 0;
    this.#busy.value = true;
    let restored = 0;
    try {
      this.#saveUndoLevel();
      for (const [surface, edits] of bySurface(this.#lastBatch)) {
        restored += await this.#undoSurface(surface, edits);
      }
      this.#saveUndoLevel();
    } finally {
      this.#lastBatch = [];
      this.#canUndo.value = false;
      this.#busy.value = false;
    }
    this.checkNow();
    return restored;
  }

  /** Undoes one surface's redactions (in the order they were applied: last in text first). */
  async #undoSurface(surface: Surface, applied: readonly AppliedRedaction[]): Promise<number> {
    // Where each replacement is now: after the edits before it in the text.
    const ascending = [...applied].sort((a, b) => a.start - b.start);
    let shift = 0;
    const reverse: TextEdit[] = [];
    const text = surface.read().text;
    for (const edit of ascending) {
      const start = edit.start + shift;
      shift += edit.replacement.length - edit.original.length;
      const end = start + edit.replacement.length;
      // The clerk may have edited since: only undo where the replacement is still there.
      if (text.slice(start, end) !== edit.replacement) continue;
      reverse.push({ start, end, replacement: edit.original });
    }
    const edits = lastFirst(reverse);
    if (edits.length > 1 && surface.replaceAll(edits)) {
      await settle();
    } else {
      for (const edit of edits)
        await this.#replace(surface, edit.start, edit.end, edit.replacement);
    }
    this.#hooks.recordLater(
      applied.map((edit) => ({ site: this.#host, action: 'undone', kind: edit.kind })),
    );
    return edits.length;
  }

  /**
   * Leaves a value in place on this page, with the clerk's reason (kept in the history). A
   * minor's decision is not a value to leave in place: it is never published, so it cannot
   * be ignored (nor marked public).
   */
  ignore(id: string, reason: string): boolean {
    const item = this.#current.find((candidate) => candidate.id === id);
    if (!item || reason.trim() === '' || isMinorFinding(item.finding)) return false;
    this.#ignored.set(item.key, reason.trim());
    this.#ignoredCount.value = this.#ignored.size;
    this.#hooks.record({
      site: this.#host,
      action: 'ignored',
      kind: item.finding.kind,
      preview: item.preview,
      position: item.finding.start,
      value: item.finding.text,
      reason: reason.trim(),
    });
    this.checkNow();
    return true;
  }

  /** Remembers the value as public on this site (its hotline…) and stops reporting it. */
  async markPublic(id: string): Promise<boolean> {
    const item = this.#current.find((candidate) => candidate.id === id);
    if (!item || isMinorFinding(item.finding)) return false;
    await this.#hooks.markPublic(item.finding.text);
    this.#options = {
      ...this.#options,
      allow: [...(this.#options.allow ?? []), item.finding.text],
    };
    this.#scanners.clear();
    this.#hooks.record({
      site: this.#host,
      action: 'marked-public',
      kind: item.finding.kind,
      preview: item.preview,
      value: item.finding.text,
    });
    this.checkNow();
    return true;
  }

  /** Moves the caret to a finding, so 返回修改 lands where the work is. */
  reveal(item: PageFinding): void {
    const { surface, finding } = item;
    const range = surface.read().rangeFor(finding.start, finding.end);
    surface.element.scrollIntoView({ block: 'center' });
    if (surface.kind === 'field') {
      const field = surface.element as HTMLTextAreaElement;
      field.focus();
      field.setSelectionRange(finding.start, finding.end);
      return;
    }
    const view = surface.document.defaultView;
    if (view && view !== view.top) view.focus();
    surface.element.focus({ preventScroll: true });
    if (range && view) {
      const selection = view.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
  }

  /** The page as the side panel may see it: masked previews and redacted field values. */
  summary(): PageSummary {
    const findings: PageFindingSummary[] = this.#current.map((item) => ({
      id: item.id,
      kind: item.finding.kind,
      kindLabel: item.kindLabel,
      preview: item.preview,
      surface: item.surface.label,
      start: item.finding.start,
      status: 'open',
    }));
    const record: Record<string, string> = {};
    for (const form of this.#doc.forms) {
      for (const element of form.elements) {
        const field = element as HTMLInputElement | HTMLSelectElement;
        if (!field.name || record[field.name] !== undefined) continue;
        if (field.tagName === 'TEXTAREA') continue;
        if (field.tagName === 'INPUT' && !['text', 'hidden', 'date'].includes(field.type)) continue;
        record[field.name] = redactedForDisplay(field.value.slice(0, 500), this.#options);
      }
    }
    const main = this.surfaces
      .filter((surface) => surface.isActive())
      .map((surface) => surface.read().text)
      .reduce((longest, text) => (text.length > longest.length ? text : longest), '');
    return {
      body: redactedForDisplay(main.slice(0, 50_000), this.#options),
      url: this.#doc.location.href.split('#')[0] ?? '',
      host: this.#host,
      surfaces: this.surfaces.length,
      findings,
      record,
      ...(this.#minor.value ? { minor: this.#minor.value.reason } : {}),
    };
  }
}
