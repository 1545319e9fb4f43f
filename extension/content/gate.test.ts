import { signal } from '@preact/signals';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { HistoryEventInput } from '../services/protocol';
import type { PageChecker, PageFinding } from './checker';
import { PublishGate } from './gate';
import type { MinorDecision } from './minor-memory';
import { ZH_CN } from './ui/strings';

const MINOR: MinorDecision = {
  reason: '当事人2008年5月3日出生，2024年3月20日未满18周岁：未成年人的决定不予公开',
  surface: '正文',
  shown: false,
};

const ADDRESS = {
  id: 's1:address:1',
  finding: { kind: 'address', start: 0, end: 4, text: '康城路12号', confidence: 0.9, reason: '' },
  kindLabel: '住址',
  preview: '****',
  redactable: true,
} as unknown as PageFinding;

/**
 * A page with a publish button, and a checker that reports what the test says: `open`
 * findings and the page's `minor` decision; redactAll clears the findings and may reveal
 * (or keep) a minor, as PageChecker does once its MinorMemory holds one.
 */
function setup(state: {
  open: PageFinding[];
  minor?: MinorDecision;
  minorAfterRedaction?: boolean;
}) {
  const { document, window } = parseHTML(
    '<html><body><form id="form"><button id="publish" type="button">发布</button></form></body></html>',
  );
  const minor = signal<MinorDecision | undefined>(state.minor);
  let redactions = 0;
  const checker = {
    host: 'cms.example',
    get open() {
      return state.open;
    },
    minor,
    checkNow: () => state.open,
    onDocument: () => () => {},
    notifyPage: () => {},
    reveal: () => {},
    redactAll: async () => {
      redactions++;
      state.open = [];
      if (state.minorAfterRedaction) minor.value = MINOR;
      return { redacted: 1, failed: 0 };
    },
  } as unknown as PageChecker;
  const records: HistoryEventInput[] = [];
  const gate = new PublishGate(document, checker, ZH_CN, (event) => records.push(event));
  gate.install();
  const button = document.getElementById('publish')!;
  // Whether the page's own handler then runs is the browser's business (linkedom does not
  // order capture before target listeners): the gate's part is to cancel the event, record
  // the block and never replay it; a release would record a publication first.
  const click = () => {
    const event = new window.Event('click', { bubbles: true, cancelable: true });
    button.dispatchEvent(event);
    return event;
  };
  return {
    gate,
    click,
    records,
    redactions: () => redactions,
  };
}

describe('PublishGate and a decision on a minor', () => {
  it('stops the publish even with no personal data left, and says it is a minor’s decision', () => {
    const page = setup({ open: [], minor: MINOR });
    const event = page.click();
    expect(event.defaultPrevented).toBe(true);
    expect(page.gate.request.value).toMatchObject({ findings: [], minor: MINOR });
    expect(page.records).toEqual([
      expect.objectContaining({
        action: 'blocked',
        details: expect.objectContaining({ minor: true }),
      }),
    ]);
  });

  it.each([
    ['全部脱敏并发布', { type: 'redact' }],
    ['仍要发布 with a reason', { type: 'anyway', reason: '领导同意' }],
  ] as const)('%s does not let it through', async (_name, choice) => {
    const page = setup({ open: [ADDRESS], minor: { ...MINOR, shown: true } });
    page.click();
    await page.gate.choose(choice);
    expect(page.redactions()).toBe(0);
    expect(page.gate.request.value?.minor).toBeDefined();
    expect(page.records.map((record) => record.action)).toEqual(['blocked']);
    // Asking again is stopped again.
    expect(page.click().defaultPrevented).toBe(true);
  });

  it('without a minor, 仍要发布 with a reason still lets personal data through (the control)', async () => {
    const page = setup({ open: [ADDRESS] });
    page.click();
    await page.gate.choose({ type: 'anyway', reason: '当事人书面同意公开' });
    expect(page.records.map((record) => record.action)).toEqual(['blocked', 'published-anyway']);
    expect(page.gate.request.value).toBeUndefined();
  });

  it('a minor seen only after 全部脱敏并发布 keeps the dialog open, saying so', async () => {
    const page = setup({ open: [ADDRESS], minorAfterRedaction: true });
    page.click();
    expect(page.gate.request.value?.minor).toBeUndefined();
    await page.gate.choose({ type: 'redact' });
    expect(page.redactions()).toBe(1);
    expect(page.gate.request.value).toMatchObject({ findings: [], minor: MINOR });
  });

  it('the dialog’s words: why, in plain Chinese', () => {
    expect(ZH_CN.gateMinorIntro(MINOR)).toContain('未成年人的行政执法决定，依法不予公开');
    expect(ZH_CN.gateMinorIntro({ ...MINOR, shown: true })).toContain(MINOR.reason);
  });
});
