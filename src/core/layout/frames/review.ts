import { reviewPreviewItems } from '../../review/reviewPreview';
import { AREA_TEXT } from '../../workshop/areas';
import { areaKey } from '../../workshop/keys';
import { CONTENT_TOP, type FrameBuilder } from '../frame';
import { areaAt, translate } from '../items';
import { BLOCK_GAP, CONTENT_LEFT, SIDEBAR_WIDTH } from '../style';
import { REVIEW_CONTENT_REGION, REVIEW_REGION_HEIGHT, REVIEW_REGION_WIDTH } from './reviewRegion';

export { REVIEW_CONTENT_REGION };

const NEXT_STEPS_HEIGHT = 560;
const LEARNINGS_HEIGHT = 560;

/** The review region with a preview of the review in it; under the left column, the next steps and the observations and learnings (read into the review). */
export const reviewFrame: FrameBuilder = () => ({
  content: { width: REVIEW_REGION_WIDTH, height: REVIEW_REGION_HEIGHT, items: translate(reviewPreviewItems(), -CONTENT_LEFT, -CONTENT_TOP) },
  sidebarExtras: {
    width: SIDEBAR_WIDTH,
    height: NEXT_STEPS_HEIGHT + BLOCK_GAP + LEARNINGS_HEIGHT,
    items: [
      areaAt(areaKey('review', 'nextSteps'), { left: 0, top: 0, width: SIDEBAR_WIDTH, height: NEXT_STEPS_HEIGHT }, AREA_TEXT.nextSteps),
      areaAt(
        areaKey('review', 'learnings'),
        { left: 0, top: NEXT_STEPS_HEIGHT + BLOCK_GAP, width: SIDEBAR_WIDTH, height: LEARNINGS_HEIGHT },
        AREA_TEXT.learnings,
      ),
    ],
  },
});
