import type { Lint, LintSection } from '../../core/review/types';
import { shortenForBoard } from '../../core/review/shorten';

const SECTION_TITLES: Record<LintSection, string> = { okrs: 'OKRs', useCases: 'Use cases', dataProducts: 'Data products' };
const SECTIONS: readonly LintSection[] = ['okrs', 'useCases', 'dataProducts'];
/** Note text is shortened here as on the board; the full text is in the tooltip and the exports. */
const NOTE_MAX = 160;

type ReviewLintsProps = { lints: readonly Lint[] };

/** The pitfalls the review found, per section, each with the note it is about (as text). */
export function ReviewLints({ lints }: ReviewLintsProps) {
  if (lints.length === 0) {
    return (
      <div class="action-result action-result-info review-lints" role="status">
        <p class="p-small">No OKR, use case or data product pitfalls found.</p>
      </div>
    );
  }
  return (
    <section class="action-result action-result-warning review-lints" aria-label="Review lints">
      <p class="p-small action-result-title">
        {lints.length === 1 ? '1 thing to look at' : `${lints.length} things to look at`}
      </p>
      {SECTIONS.map((section) => {
        const found = lints.filter((lint) => lint.section === section);
        if (found.length === 0) return null;
        return (
          <div key={section} class="review-lint-group">
            <h3 class="p-small review-lint-title">{SECTION_TITLES[section]}</h3>
            <ul class="review-lint-list">
              {found.map((lint, index) => (
                <li key={`${lint.code}-${lint.itemId ?? ''}-${index}`} data-code={lint.code}>
                  <span class="review-lint-message">{lint.message}</span>
                  {lint.text && lint.itemId !== null ? (
                    <q class="review-lint-note" title={lint.text}>
                      {shortenForBoard(lint.text, NOTE_MAX)}
                    </q>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
