import { useState } from 'preact/hooks';

type ToolbarProps = {
  onAddStickyNote: (text: string) => void;
  onAddDot: () => void;
  onAddStamp: () => void;
};

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
        <input
          id="sandbox-sticky-text"
          class="input input-small"
          type="text"
          placeholder="Sticky note text"
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
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
