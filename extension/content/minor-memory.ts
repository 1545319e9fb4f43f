import {
  type Finding,
  PersonalDataKind,
  RedactionStyle,
  replacementFor,
} from '../services/privacy';

/** The page holds a decision on a minor: it is never published (DOMAIN.md §2). */
export interface MinorDecision {
  /** The engine's explanation: when the party was born, and its age on the decision date. */
  readonly reason: string;
  /** Where it was found (the surface's label, e.g. 正文). */
  readonly surface: string;
  /**
   * True while the text itself still shows it (a `minor` finding now); false when it is
   * remembered after the evidence was redacted or deleted.
   */
  readonly shown: boolean;
}

/** A minor finding seen on the page, with the finding's surface label. */
interface SeenMinor {
  readonly finding: Finding;
  readonly surface: string;
}

interface Remembered {
  readonly reason: string;
  readonly surface: string;
  /** How the text names the party: as written, and as each redaction style writes it. */
  readonly names: Set<string>;
}

function namesOf(finding: Finding): string[] {
  return [
    finding.text,
    replacementFor(finding, RedactionStyle.public),
    replacementFor(finding, RedactionStyle.staff),
  ].filter((name) => name !== '');
}

/**
 * Remembers, for one page, that its text was a decision on a minor, so that redaction
 * cannot make it publishable.
 *
 * The engine sees a minor from the party block's evidence: a birth date, an age, or the
 * birth date inside an 18-digit ID number. Redaction removes exactly that last evidence (the
 * ID becomes 【已脱敏】 or 5***…34) while the decision stays the same one, so after 全部脱敏
 * the engine may no longer find the minor; a clerk deleting the ID by hand does the same.
 *
 * The rule: once a `minor` finding is seen, the page remembers it for as long as its text
 * still names that party — the child's name as written, or as either redaction style writes
 * it (王小明, 王某某, 王**), or, where the block names no one, the role word (当事人). When no
 * surface of the page names the party any more (the clerk replaced the document or wrote in
 * another party), the memory is dropped and the engine's reading of the new text decides.
 * The name is the handle because redaction keeps a name recognisable on purpose (王某某),
 * while it must remove the ID that gave the age.
 *
 * Limit: the memory lives as long as the page (in memory only, like the findings); a page
 * reloaded after the redaction was saved starts again from what its text shows.
 */
export class MinorMemory {
  #remembered: Remembered[] = [];

  /**
   * Takes the minor findings of the page's current scan and the texts of its surfaces, and
   * returns the page's minor decision (the first shown one, else the first remembered one),
   * or undefined.
   */
  update(seen: readonly SeenMinor[], texts: readonly string[]): MinorDecision | undefined {
    for (const { finding, surface } of seen) {
      const names = namesOf(finding);
      const known = this.#remembered.find((entry) => names.some((name) => entry.names.has(name)));
      if (known) {
        for (const name of names) known.names.add(name);
      } else {
        this.#remembered.push({ reason: finding.reason, surface, names: new Set(names) });
      }
    }
    if (this.#remembered.length > 0) {
      this.#remembered = this.#remembered.filter((entry) =>
        [...entry.names].some((name) => texts.some((text) => text.includes(name))),
      );
    }
    const shown = seen[0];
    if (shown) return { reason: shown.finding.reason, surface: shown.surface, shown: true };
    const remembered = this.#remembered[0];
    return remembered
      ? { reason: remembered.reason, surface: remembered.surface, shown: false }
      : undefined;
  }

  clear(): void {
    this.#remembered = [];
  }
}

export function isMinorFinding(finding: Finding): boolean {
  return finding.kind === PersonalDataKind.minor;
}
