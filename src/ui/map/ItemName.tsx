type ItemNameProps = {
  itemId: string;
  name: string;
  onZoom: (itemId: string, name: string) => void;
  /** Tells apart items that share a name, e.g. "1 of 2". */
  detail?: string;
};

/** A data product's (or another item's) name, as written on the board; a click zooms the board to it. */
export function ItemName({ itemId, name, onZoom, detail }: ItemNameProps) {
  const shown = name.trim() === '' ? '(no name)' : name;
  return (
    <button
      type="button"
      class="map-item-name"
      data-item-id={itemId}
      aria-label={`Zoom to ${shown}${detail ? `, ${detail}` : ''}`}
      title="Zoom to it on the board"
      onClick={() => onZoom(itemId, shown)}
    >
      {shown}
    </button>
  );
}
