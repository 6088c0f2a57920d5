import type { PlannedItem } from '../../plan';
import { AREA_TEXT } from '../../workshop/areas';
import { areaKey, DATA_PRODUCT_TEMPLATE_HINT_KEY, DATA_PRODUCT_TEMPLATE_KEY } from '../../workshop/keys';
import { DATA_PRODUCT_TEMPLATE_LINES } from '../../workshop/templates';
import type { FrameBuilder } from '../frame';
import { bottomOf } from '../geometry';
import { areaAt, itemsBottom, stickyAt, textAt } from '../items';
import { COLOR, FONT, SIDEBAR_WIDTH } from '../style';

/** 300 px wide gives a whole, even sticky height (344 px). */
const TEMPLATE_WIDTH = 300;
const PRODUCTS_WIDTH = 900;
const MAP_WIDTH = 1840;
const AREA_GAP = 60;
const AREA_HEIGHT = 1560;

/**
 * The template sticky sits in the left column, away from the areas, so that nobody (and no
 * interpretation of the board) mistakes it for a data product.
 */
export const dataProductsFrame: FrameBuilder = () => {
  const hint = textAt(
    DATA_PRODUCT_TEMPLATE_HINT_KEY,
    [{ strong: 'Template' }, 'Duplicate this sticky for each data product and fill in every line.'],
    0,
    0,
    SIDEBAR_WIDTH,
    { fontSize: FONT.body, color: COLOR.text },
  );
  const template = stickyAt(DATA_PRODUCT_TEMPLATE_KEY, DATA_PRODUCT_TEMPLATE_LINES, 0, bottomOf(hint) + 24, TEMPLATE_WIDTH, 'light_blue');
  const extras: PlannedItem[] = [hint, template];

  const content: PlannedItem[] = [
    areaAt(areaKey('dataProducts', 'products'), { left: 0, top: 0, width: PRODUCTS_WIDTH, height: AREA_HEIGHT }, AREA_TEXT.products),
    areaAt(
      areaKey('dataProducts', 'map'),
      { left: PRODUCTS_WIDTH + AREA_GAP, top: 0, width: MAP_WIDTH, height: AREA_HEIGHT },
      AREA_TEXT.map,
    ),
  ];
  return {
    content: { width: PRODUCTS_WIDTH + AREA_GAP + MAP_WIDTH, height: AREA_HEIGHT, items: content },
    sidebarExtras: { width: SIDEBAR_WIDTH, height: itemsBottom(extras), items: extras },
  };
};
