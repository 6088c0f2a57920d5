import { AREA_TEXT } from '../../workshop/areas';
import { areaKey } from '../../workshop/keys';
import type { FrameBuilder } from '../frame';
import { areaAt } from '../items';

const POSTS = { width: 1600, height: 1000 };
const WORDS = { width: 1200, height: 760 };

/** One area for future LinkedIn posts. */
export const futurespectiveFrame: FrameBuilder = () => ({
  content: {
    ...POSTS,
    items: [areaAt(areaKey('futurespective', 'posts'), { left: 0, top: 0, ...POSTS }, AREA_TEXT.posts)],
  },
});

/** One area for the one-word check-out. */
export const checkoutFrame: FrameBuilder = () => ({
  content: {
    ...WORDS,
    items: [areaAt(areaKey('checkout', 'words'), { left: 0, top: 0, ...WORDS }, AREA_TEXT.words)],
  },
});
