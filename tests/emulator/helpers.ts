import type { Miro } from '@mirohq/websdk-types';

export type Board = Miro['board'];

/** The fields tests read from any positioned item, whatever its type in the SDK's union. */
export type ReadItem = {
  id: string;
  type: string;
  x: number;
  y: number;
  width: number;
  height: number;
  parentId: string | null;
  relativeTo: string;
  connectorIds: string[];
  groupId?: string;
  childrenIds?: string[];
  title?: string;
  sync(): Promise<void>;
};

/** `board.getById` narrowed for assertions (the SDK types it as a union of every item class). */
export async function readItem(board: Board, id: string): Promise<ReadItem> {
  return (await board.getById(id)) as unknown as ReadItem;
}
