export { planBoard, reviewContentRegion } from './planBoard';
export { REVIEW_CONTENT_REGION } from './frames/review';
export { BUCKET_HEIGHT, BUCKET_WIDTH, DOT_SIZE, DOTS_PER_HORIZON } from './frames/keyMetrics';
export { FRAME_GAP } from './style';
export type { Box, CentredRect } from './geometry';
