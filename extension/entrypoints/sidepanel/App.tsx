import { ChecklistSection } from './ChecklistSection';
import { FindingsSection } from './FindingsSection';
import { JournalSection } from './JournalSection';
import { ReviewSection } from './ReviewSection';
import { SettingsSection } from './SettingsSection';
import { notice } from './state';

/**
 * The side panel: this page's findings, its publication checklist and legal review, settings,
 * and the publishing record.
 */
export function App() {
  return (
    <main>
      <h1>公示助手</h1>
      <p class="notice" role="status" aria-live="polite">
        {notice.value}
      </p>
      <FindingsSection />
      <ChecklistSection />
      <ReviewSection />
      <SettingsSection />
      <JournalSection />
    </main>
  );
}
