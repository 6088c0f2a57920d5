import { CONTENT_TOP } from '../frame';
import { centredFromBox, type CentredRect } from '../geometry';
import { CONTENT_LEFT } from '../style';

/** Size of the review frame's content region: the widest and tallest the legibility bar allows. */
export const REVIEW_REGION_WIDTH = 2800;
export const REVIEW_REGION_HEIGHT = 1960;

/**
 * The part of the review frame *Generate review* fills (the build puts a preview of it there):
 * centre and size in frame space (relative to the review frame's top-left), board pixels.
 */
export const REVIEW_CONTENT_REGION: Readonly<CentredRect> = centredFromBox({
  left: CONTENT_LEFT,
  top: CONTENT_TOP,
  width: REVIEW_REGION_WIDTH,
  height: REVIEW_REGION_HEIGHT,
});
