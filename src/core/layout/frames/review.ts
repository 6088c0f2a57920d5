import { AREA_TEXT } from '../../workshop/areas';
import { areaKey } from '../../workshop/keys';
import { CONTENT_TOP, type FrameBuilder } from '../frame';
import { centredFromBox, type CentredRect } from '../geometry';
import { areaAt } from '../items';
import { CONTENT_LEFT, SIDEBAR_WIDTH } from '../style';

const REGION_WIDTH = 2800;
const REGION_HEIGHT = 1920;
const NEXT_STEPS_HEIGHT = 700;

/**
 * The part of the review frame the build leaves empty for *Generate review* to fill:
 * centre and size in frame space (relative to the review frame's top-left), board pixels.
 */
export const REVIEW_CONTENT_REGION: Readonly<CentredRect> = centredFromBox({
  left: CONTENT_LEFT,
  top: CONTENT_TOP,
  width: REGION_WIDTH,
  height: REGION_HEIGHT,
});

/** An empty region for the generated review, and the facilitator's next-steps area under the left column. */
export const reviewFrame: FrameBuilder = () => ({
  content: { width: REGION_WIDTH, height: REGION_HEIGHT, items: [] },
  sidebarExtras: {
    width: SIDEBAR_WIDTH,
    height: NEXT_STEPS_HEIGHT,
    items: [
      areaAt(
        areaKey('review', 'nextSteps'),
        { left: 0, top: 0, width: SIDEBAR_WIDTH, height: NEXT_STEPS_HEIGHT },
        AREA_TEXT.nextSteps,
      ),
    ],
  },
});
