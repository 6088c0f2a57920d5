import type { Frame, Miro, Shape, StickyNote, Text } from '@mirohq/websdk-types';
import type { PlannedFrame, PlannedItem } from '../core/plan';

/** A board point: item centre in board coordinates. */
export type BoardPoint = { x: number; y: number };

/** SDK item type each planned kind becomes. */
export const SDK_TYPE: Record<PlannedItem['kind'], 'text' | 'sticky_note' | 'shape'> = {
  text: 'text',
  sticky: 'sticky_note',
  shape: 'shape',
};

export function createPlannedFrame(miro: Miro, frame: PlannedFrame, centre: BoardPoint): Promise<Frame> {
  return miro.board.createFrame({
    title: frame.title,
    x: centre.x,
    y: centre.y,
    width: frame.width,
    height: frame.height,
    style: { fillColor: frame.fillColor },
  });
}

/** Creates a planned item at a board position (top level: the caller parents it to its frame). */
export function createPlannedItem(miro: Miro, item: PlannedItem, at: BoardPoint): Promise<Text | StickyNote | Shape> {
  switch (item.kind) {
    case 'text':
      return miro.board.createText({
        content: item.content,
        x: at.x,
        y: at.y,
        width: item.width,
        style: { fontSize: item.fontSize, color: item.color, textAlign: item.textAlign },
      });
    case 'sticky':
      // Sticky notes take a width or a height, never both.
      return miro.board.createStickyNote({
        content: item.content,
        x: at.x,
        y: at.y,
        width: item.width,
        shape: item.shape,
        style: { fillColor: item.color, textAlign: 'left', textAlignVertical: 'top' },
      });
    case 'shape':
      return miro.board.createShape({
        shape: item.shape,
        content: item.content,
        x: at.x,
        y: at.y,
        width: item.width,
        height: item.height,
        style: {
          fillColor: item.fillColor,
          borderColor: item.borderColor,
          borderWidth: item.borderWidth,
          fontSize: item.fontSize,
          color: item.color,
          textAlign: item.textAlign,
          textAlignVertical: item.textAlignVertical,
        },
      });
  }
}
