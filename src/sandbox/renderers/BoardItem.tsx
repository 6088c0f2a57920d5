import { memo } from 'preact/compat';
import type { ItemView } from '../../index';
import { CardItem } from './CardItem';
import { ConnectorItem } from './ConnectorItem';
import { FrameItem } from './FrameItem';
import { ShapeItem } from './ShapeItem';
import { StickyNoteItem } from './StickyNoteItem';
import { TextItem } from './TextItem';
import { UnsupportedItem } from './UnsupportedItem';

type BoardItemProps = {
  item: ItemView;
  /** Only for connectors: the items at their ends. */
  start?: ItemView | undefined;
  end?: ItemView | undefined;
};

/** Board entries without a box of their own. */
const NOT_DRAWN = new Set(['group', 'tag']);

function BoardItemView({ item, start, end }: BoardItemProps) {
  switch (item.type) {
    case 'frame':
      return <FrameItem item={item} />;
    case 'sticky_note':
      return <StickyNoteItem item={item} />;
    case 'shape':
      return <ShapeItem item={item} />;
    case 'text':
      return <TextItem item={item} />;
    case 'card':
    case 'app_card':
      return <CardItem item={item} />;
    case 'connector':
      return <ConnectorItem item={item} start={start} end={end} />;
    default:
      return NOT_DRAWN.has(item.type) ? null : <UnsupportedItem item={item} />;
  }
}

/**
 * Re-renders only when its item (or a connector's end) is a different object. The items hook
 * keeps unchanged items as the same objects, so one moved sticky re-renders one `<g>`.
 */
export const BoardItem = memo(
  BoardItemView,
  (previous, next) => previous.item === next.item && previous.start === next.start && previous.end === next.end,
);
