import type { ItemView } from '../index';
import { stringProp } from './itemProps';
import { textWidth } from './textLayout';
import { screenPointFrom, type Viewport } from './viewport';

const TITLE_FONT_SIZE = 13;

type FrameTitlesProps = { frames: readonly ItemView[]; viewport: Viewport };

/** Frame titles at a constant screen size above each frame's top-left corner, as in Miro. */
export function FrameTitles({ frames, viewport }: FrameTitlesProps) {
  return (
    <g class="frame-titles">
      {frames.map((frame) => {
        const corner = screenPointFrom(
          { x: frame.boardX - frame.width / 2, y: frame.boardY - frame.height / 2 },
          viewport,
        );
        const title = titleThatFits(stringProp(frame, 'title') ?? '', frame.width * viewport.scale);
        if (!title) return null;
        return (
          <text
            key={frame.id}
            class="frame-title"
            data-frame-title-for={frame.id}
            x={Math.round(corner.x)}
            y={Math.round(corner.y - 6)}
            font-size={TITLE_FONT_SIZE}
          >
            {title}
          </text>
        );
      })}
    </g>
  );
}

function titleThatFits(title: string, screenWidth: number): string {
  if (screenWidth < 24) return '';
  if (textWidth(title, TITLE_FONT_SIZE) <= screenWidth) return title;
  let cut = title;
  while (cut.length > 1 && textWidth(`${cut}…`, TITLE_FONT_SIZE) > screenWidth) cut = cut.slice(0, -1);
  return `${cut}…`;
}
