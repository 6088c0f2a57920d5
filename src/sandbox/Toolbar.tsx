import { useState } from 'preact/hooks';

type ToolbarProps = {
  onAddStickyNote: (text: string) => void;
  onAddDot: () => void;
  onAddStamp: () => void;
};

/** Lines the sticky note field shows before it scrolls. */
const MAX_ROWS = 6;

/** Rehearsal tools: what participants would add with Miro's own toolbar. */
export function Toolbar({ onAddStickyNote, onAddDot, onAddStamp }: ToolbarProps) {
  const [text, setText] = useState('');
  const addSticky = (event: Event) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return;
    onAddStickyNote(trimmed);
    setText('');
  };
  return (
    <div class="sandbox-toolbar" role="toolbar" aria-label="Rehearsal tools">
      <form class="sandbox-toolbar-sticky" onSubmit={addSticky}>
        <label class="visually-hidden" for="sandbox-sticky-text">
          Sticky note text
        </label>
        {/* Notes have lines (a data product's `Job:`, `Sources:`…): Enter adds, Shift+Enter breaks the line; a row per line. */}
        <textarea
          id="sandbox-sticky-text"
          class="input input-small sandbox-sticky-text"
          rows={Math.min(MAX_ROWS, text.split('\n').length)}
          wrap="off"
          placeholder="Sticky note text"
          title="Enter adds the note; Shift+Enter starts a new line"
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) addSticky(event);
          }}
        />
        <button type="submit" class="button button-secondary button-small" disabled={!text.trim()}>
          Add sticky note
        </button>
      </form>
      <span class="sandbox-toolbar-divider" aria-hidden="true" />
      <button type="button" class="button button-secondary button-small" onClick={onAddDot} title="A circle shape, like the app's dots">
        Add dot
      </button>
      <button type="button" class="button button-secondary button-small" onClick={onAddStamp} title="A Miro stamp (read-only for apps)">
        Add stamp
      </button>
    </div>
  );
}
