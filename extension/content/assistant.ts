import { type HistoryEventInput, onMessage, sendMessage } from '../services/protocol';
import { draftRecord } from '../services/record-draft';
import {
  markPublicOnSite,
  type SiteRules,
  settingsItem,
  siteRules,
  siteRulesItem,
} from '../services/settings';
import { PageChecker } from './checker';
import { PublishGate } from './gate';
import { HistoryQueue } from './history-queue';
import { ReviewDesk } from './review-desk';
import { mountPanel } from './ui/mount';
import { ZH_CN } from './ui/strings';

export interface Assistant {
  readonly checker: PageChecker;
  readonly gate: PublishGate;
  stop(): void;
}

/**
 * Starts checking a page: finds its editing surfaces, scans them, shows the panel, gates
 * publishing and answers the side panel. Every failure is caught and logged: the CMS page
 * must keep working whatever happens here.
 */
export async function startAssistant(doc: Document, host: string): Promise<Assistant> {
  // The record being published, read from the form and body as the side panel does.
  const readRecord = () => {
    const summary = checker.summary();
    return draftRecord({ fields: summary.record, body: summary.body });
  };
  const history = new HistoryQueue({
    view: doc.defaultView,
    facts: () => {
      const draft = readRecord();
      return { documentNumber: draft.documentNumber, agency: draft.agency.name };
    },
    send: (events) => {
      const sent =
        events.length === 1
          ? sendMessage('history.record', events[0]!)
          : sendMessage('history.recordMany', events);
      sent.catch(() => {
        // A sleeping or reloading background must not break the page.
      });
    },
  });
  const record = (event: HistoryEventInput) => history.now(event);
  const checker = new PageChecker(doc, host, {
    record,
    recordLater: (events) => history.later(events),
    markPublic: (value) => markPublicOnSite(host, value),
  });
  const review = new ReviewDesk(host, readRecord, record);
  const stopReview = await review.start();
  const gate = new PublishGate(doc, checker, ZH_CN, record, review);
  const [settings, rules] = await Promise.all([settingsItem.getValue(), siteRules(host)]);
  gate.selectors = rules.publishSelectors;
  checker.start(settings, rules);
  const uninstallGate = gate.install();
  const unmount = mountPanel(doc, checker, gate);

  let currentRules: SiteRules = rules;
  let currentSettings = settings;
  const unwatchSettings = settingsItem.watch((next) => {
    currentSettings = next;
    checker.configure(currentSettings, currentRules);
  });
  const unwatchRules = siteRulesItem.watch((all) => {
    currentRules = all[host] ?? currentRules;
    gate.selectors = currentRules.publishSelectors;
    checker.configure(currentSettings, currentRules);
  });

  const isTop = doc.defaultView === doc.defaultView?.top;
  const stopSummary = isTop ? onMessage('page.summary', () => checker.summary()) : () => {};
  const stopRedact = isTop
    ? onMessage('page.redactAll', async () => {
        const result = await checker.redactAll();
        return { redacted: result.redacted, remaining: checker.open.length };
      })
    : () => {};

  return {
    checker,
    gate,
    stop() {
      stopSummary();
      stopRedact();
      unwatchSettings();
      unwatchRules();
      uninstallGate();
      stopReview();
      unmount();
      checker.stop();
      history.stop();
    },
  };
}
