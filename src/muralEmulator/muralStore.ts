import { muralNotFound, widgetNotFound } from './apiError';
import { mulberry32, randomHex } from './random';
import type { JsonObject, MuralWidget } from './types';

export type Member = { id: string; firstName: string; lastName: string };
export type Workspace = { id: string; name: string; createdOn: number };
export type Room = { id: number; workspaceId: string; name: string; createdOn: number; createdBy: string };
export type Tag = { id: string; text: string; backgroundColor?: string; borderColor?: string; color?: string };

/** A stored widget: the API shape (x, y relative to `parentId`), its insertion order, and whether the API may see it. */
export type StoredWidget = { seq: number; widget: MuralWidget; drawing: boolean };

export type Mural = {
  info: JsonObject & { id: string; workspaceId: string; roomId: number };
  widgets: Map<string, StoredWidget>;
  tags: Map<string, Tag>;
  nextSeq: number;
  nextStackingOrder: number;
};

/** Workspaces, rooms, members and murals with their widgets and tags. Ids follow the spec's formats, drawn from a seeded generator. */
export class MuralStore {
  readonly workspaces = new Map<string, Workspace>();
  readonly rooms = new Map<number, Room>();
  readonly murals = new Map<string, Mural>();
  private readonly members = new Map<string, Member>();
  private readonly random: () => number;
  private lastMs = 0;

  constructor(
    readonly now: () => number,
    seed: number,
  ) {
    this.random = mulberry32(seed ^ 0x5eed1d5);
  }

  /** The member called `name`, created on first use (id `u` + 24 hex digits, as the spec's examples). */
  member(name: string): Member {
    let member = this.members.get(name);
    if (!member) {
      member = { id: `u${randomHex(this.random, 24)}`, firstName: name, lastName: 'Emulated' };
      this.members.set(name, member);
    }
    return member;
  }

  memberById(id: string): Member | undefined {
    for (const member of this.members.values()) if (member.id === id) return member;
    return undefined;
  }

  /** A strictly increasing millisecond stamp used in ids (`0-<ms>`, `tag-<ms>`, `<ws>.<ms>`), so ids never collide. */
  uniqueMs(): number {
    this.lastMs = Math.max(this.lastMs + 1, Math.floor(this.now()));
    return this.lastMs;
  }

  addWorkspace(name: string): Workspace {
    const workspace = { id: `ws${randomHex(this.random, 10)}`, name, createdOn: this.now() };
    this.workspaces.set(workspace.id, workspace);
    return workspace;
  }

  addRoom(workspaceId: string, name: string, createdBy: Member): Room {
    const room = { id: this.uniqueMs(), workspaceId, name, createdOn: this.now(), createdBy: createdBy.id };
    this.rooms.set(room.id, room);
    return room;
  }

  addMural(room: Room, fields: JsonObject, createdBy: Member): Mural {
    const id = `${room.workspaceId}.${this.uniqueMs()}`;
    const now = this.now();
    const info: Mural['info'] = {
      id,
      title: 'Untitled mural',
      backgroundColor: '#FAFAFAFF',
      width: 9216,
      height: 6237,
      infinite: false,
      timerSoundTheme: 'airplane',
      visitorAvatarTheme: 'animals',
      ...fields,
      roomId: room.id,
      workspaceId: room.workspaceId,
      status: 'active',
      createdOn: now,
      createdBy: { id: createdBy.id },
      updatedOn: now,
      updatedBy: { id: createdBy.id },
      favorite: false,
      viewOnly: false,
      state: 'active',
      sharingSettings: { confidential: false },
      visitorsSettings: { visitors: 'none', workspaceMembers: 'write', expiresOn: null },
      embedLink: `https://app.mural.co/embed/${id}`,
      thumbnailUrl: `https://app.mural.co/api/thumbnails/${id}.png`,
    };
    const mural: Mural = { info, widgets: new Map(), tags: new Map(), nextSeq: 1, nextStackingOrder: 1 };
    this.murals.set(id, mural);
    return mural;
  }

  mural(id: string): Mural {
    const mural = this.murals.get(id);
    if (!mural) throw muralNotFound();
    return mural;
  }

  newWidgetId(): string {
    return `0-${this.uniqueMs()}`;
  }

  newTagId(): string {
    return `tag-${this.uniqueMs()}`;
  }

  insert(mural: Mural, widget: MuralWidget, drawing = false): MuralWidget {
    mural.widgets.set(widget.id, { seq: mural.nextSeq++, widget, drawing });
    return widget;
  }

  nextStackingOrder(mural: Mural): number {
    return mural.nextStackingOrder++;
  }

  /** A widget the API can see (drawings are invisible: `WIDGET_NOT_FOUND`). */
  visibleWidget(mural: Mural, id: string): MuralWidget {
    const stored = mural.widgets.get(id);
    if (!stored || stored.drawing) throw widgetNotFound();
    return stored.widget;
  }

  /** Widgets in insertion order, drawings excluded. */
  visibleWidgets(mural: Mural): StoredWidget[] {
    return [...mural.widgets.values()].filter((stored) => !stored.drawing).sort((a, b) => a.seq - b.seq);
  }
}

/** The top-left of `widget` in mural coordinates: the sum of x, y along the `parentId` chain. */
export function absolutePosition(mural: Mural, widget: MuralWidget): { x: number; y: number } {
  let x = widget.x;
  let y = widget.y;
  let parentId = widget.parentId;
  const seen = new Set<string>();
  while (parentId !== undefined && !seen.has(parentId)) {
    seen.add(parentId);
    const parent = mural.widgets.get(parentId)?.widget;
    if (!parent) break;
    x += parent.x;
    y += parent.y;
    parentId = parent.parentId;
  }
  return { x, y };
}

/** True when `candidate` is `areaId` or lies inside it (directly or through nested areas). */
export function isWithin(mural: Mural, candidate: string, areaId: string): boolean {
  let current: string | undefined = candidate;
  const seen = new Set<string>();
  while (current !== undefined && !seen.has(current)) {
    if (current === areaId) return true;
    seen.add(current);
    current = mural.widgets.get(current)?.widget.parentId;
  }
  return false;
}
