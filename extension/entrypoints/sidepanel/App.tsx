import { ChecklistSection } from './ChecklistSection';
import { FindingsSection } from './FindingsSection';
import { HistorySection } from './HistorySection';
import { SettingsSection } from './SettingsSection';
import { notice } from './state';

/** The side panel: this page's findings, its publication checklist, settings, history. */
export function App() {
  return (
    <main>
      <h1>公示助手</h1>
      <p class="notice" role="status" aria-live="polite">
        {notice.value}
      </p>
      <FindingsSection />
      <ChecklistSection />
      <SettingsSection />
      <HistorySection />
    </main>
  );
}
