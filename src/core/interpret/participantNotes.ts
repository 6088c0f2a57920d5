import { ACTIVITY_IDS, type ActivityId } from '../activity';
import type { BoardSnapshot, SnapshotItem } from '../snapshot';
import { containsPoint } from '../tally/dots';
import { parseAreaKey } from '../workshop/keys';

/** Item types that carry what participants write. */
const NOTE_TYPES: ReadonlySet<string> = new Set(['sticky_note', 'card', 'text']);

/** Something a participant wrote, placed by where its centre lies now. */
export type ParticipantNote = {
  id: string;
  type: string;
  /** Plain text as written. */
  text: string;
  /** Board coordinates of its centre. */
  x: number;
  y: number;
  color: string | null;
  /** The activity frame holding its centre, or null when it lies in none. */
  activity: ActivityId | null;
  /** The area (e.g. `shared`, `group-2`, `selected`) holding its centre, or null. */
  area: string | null;
};

type Region = { activity: ActivityId; area: string | null; rect: SnapshotItem; size: number };

/**
 * Every note people made (never the app's own items), in board order top-left first, with the
 * activity and area it sits in. Areas and frames are taken where they are now, so a moved frame
 * or area is followed; when areas overlap, the smallest one holding the note wins.
 */
export function participantNotes(snapshot: BoardSnapshot): ParticipantNote[] {
  const ledger = snapshot.ledger;
  const byId = new Map(snapshot.items.map((item) => [item.id, item]));
  const appIds = new Set([...Object.values(ledger?.items ?? {}), ...Object.values(ledger?.frames ?? {})]);
  const regions: Region[] = [];
  for (const activity of ACTIVITY_IDS) {
    const frame = byId.get(ledger?.frames[activity] ?? '');
    if (frame) regions.push({ activity, area: null, rect: frame, size: frame.width * frame.height });
  }
  for (const [key, id] of Object.entries(ledger?.items ?? {})) {
    const area = parseAreaKey(key);
    const shape = byId.get(id);
    if (area && shape) regions.push({ activity: area.activity, area: area.area, rect: shape, size: shape.width * shape.height });
  }
  regions.sort((a, b) => a.size - b.size);

  return snapshot.items
    .filter((item) => NOTE_TYPES.has(item.type) && !appIds.has(item.id))
    .map((item) => {
      const area = regions.find((region) => region.area !== null && containsPoint(region.rect, item.x, item.y));
      const frame = area ?? regions.find((region) => region.area === null && containsPoint(region.rect, item.x, item.y));
      return noteFrom(item, frame?.activity ?? null, area?.area ?? null);
    })
    .sort((a, b) => a.y - b.y || a.x - b.x);
}

/** A board item as a note placed in an activity and area. */
export function noteFrom(item: SnapshotItem, activity: ActivityId | null, area: string | null): ParticipantNote {
  return { id: item.id, type: item.type, text: item.text, x: item.x, y: item.y, color: item.color, activity, area };
}
