import { arr, bool, color, num, obj, str, type FieldSpec } from './bodySpec';

/**
 * Request bodies of the widget routes, copied from MURAL's OpenAPI (needed-endpoints.json:
 * createarea, createstickynote, createshapewidget, createtextbox, createtitle, createarrow and their
 * update* twins) with every default. tests/muralEmulator/openapiDrift.test.ts checks these tables
 * against the OpenAPI, property by property, so they cannot drift.
 */
export const FONTS = ['adelle', 'blambot-casual', 'blambot-pro', 'lint-mccree', 'marker-felt', 'museo-slab', 'proxima-nova', 'shark-water'] as const;
const TEXT_ALIGN = ['left', 'center', 'right'] as const;
const LINE_STYLES = ['solid', 'dashed', 'dotted-spaced', 'dotted'] as const;

export const SHAPE_NAMES = [
  'circle', 'diamond', 'hexagon', 'pentagon', 'square', 'triangle', 'arrow_down', 'arrow_left_right', 'arrow_left',
  'arrow_right', 'arrow_top', 'badge', 'brace_left', 'brace_right', 'chonk_unicorn', 'cloud', 'connector', 'cross',
  'data', 'database', 'decision', 'delay', 'direct_data', 'display', 'document', 'ellipse', 'end', 'hexagon_smart',
  'internal_storage', 'manual_input', 'manual_loop', 'merge', 'multiple_documents', 'note_left', 'note_right',
  'octagon', 'off_page_connector', 'or', 'papertape', 'pentagon_smart', 'porongo', 'predefined_process', 'preparation',
  'process', 'rectangle', 'rhombus_smart', 'ribbon', 'right_triangle', 'rounded_square', 'simple_ribbon',
  'speech_bubble_center', 'speech_bubble_left', 'speech_bubble_right', 'star', 'start', 'step', 'stored_data',
  'summing_junction', 'teardrop_bubble', 'terminator', 'thinking_bubble_left', 'thinking_bubble_right', 'trapezoid',
  'triangle_smart',
] as const;

const rotation = (withDefault: boolean) => num({ min: 0, exclusiveMax: 360, ...(withDefault ? { default: 0 } : {}) });
const hyperlink = () => str({ uri: true, minLength: 0, maxLength: 1024 });

/** The fields every API-created widget shares (outline and placement). */
const common = (width: number, height: number, xyDefault: boolean): Record<string, FieldSpec> => ({
  x: xyDefault ? num({ default: 0 }) : num(),
  y: xyDefault ? num({ default: 0 }) : num(),
  width: num({ default: width }),
  height: num({ default: height }),
  hidden: bool({ default: false }),
  instruction: str(),
  parentId: str(),
  presentationIndex: num({ default: -1 }),
  stackingOrder: num(),
  title: str(),
});

export const CREATE_AREA = obj({
  ...common(460, 503, true),
  layout: str({ enum: ['free', 'column', 'row'], default: 'free' }),
  showTitle: bool({ default: true }),
  style: obj({
    backgroundColor: color({ default: '#FFFFFF33' }),
    borderColor: color({ default: '#EAEAEAFF' }),
    borderStyle: str({ enum: ['solid', 'dotted'], default: 'solid' }),
    borderWidth: num({ min: 1, max: 7, default: 1 }),
    titleFontSize: num({ min: 1, default: 36 }),
  }),
});

const stickyItem = obj(
  {
    ...common(138, 138, false),
    shape: str({ enum: ['circle', 'rectangle'] }),
    text: str(),
    htmlText: str(),
    tags: arr(str()),
    hyperlink: hyperlink(),
    hyperlinkTitle: str(),
    rotation: rotation(true),
    style: obj({
      backgroundColor: color({ default: '#FCFE7DFF' }),
      bold: bool({ default: false }),
      italic: bool({ default: false }),
      underline: bool({ default: false }),
      strike: bool({ default: false }),
      font: str({ enum: FONTS, default: 'proxima-nova' }),
      fontSize: num({ min: 1, default: 23 }),
      textAlign: str({ enum: TEXT_ALIGN, default: 'center' }),
      border: bool({ default: false }),
    }),
  },
  ['shape', 'x', 'y'],
);

const shapeItem = obj(
  {
    ...common(138, 138, false),
    shape: str({ enum: SHAPE_NAMES }),
    text: str(),
    htmlText: str(),
    rotation: rotation(true),
    style: obj({
      backgroundColor: color({ default: '#FFFFFF00' }),
      borderColor: color({ default: '#000000FF' }),
      borderStyle: str({ enum: ['solid', 'dotted'], default: 'solid' }),
      borderWidth: num({ min: 1, max: 7, default: 3 }),
      fontColor: color({ default: '#000000FF' }),
    }),
  },
  ['shape', 'x', 'y'],
);

const textItem = (width: number, height: number, fontSize: number, text: string) =>
  obj({
    ...common(width, height, true),
    text: str({ default: text }),
    hyperlink: hyperlink(),
    hyperlinkTitle: str(),
    rotation: rotation(true),
    style: obj({
      backgroundColor: color({ default: '#FFFFFF00' }),
      font: str({ enum: FONTS }),
      fontSize: num({ min: 1, default: fontSize }),
      textAlign: str({ enum: TEXT_ALIGN, default: 'left' }),
    }),
  });

export const BATCH_LIMIT = 1000;
const batch = (item: FieldSpec) => arr(item, { minItems: 1, maxItems: BATCH_LIMIT });

export const CREATE_STICKY_NOTES = batch(stickyItem);
export const CREATE_SHAPES = batch(shapeItem);
export const CREATE_TEXTBOXES = batch(textItem(296, 28, 24, 'This is a textbox...'));
export const CREATE_TITLES = batch(textItem(293, 62, 48, 'This is a title...'));

const labelSpec = obj(
  {
    format: obj(
      {
        color: color(),
        fontFamily: str({ enum: FONTS }),
        bold: bool(),
        italic: bool(),
        textAlign: str({ enum: TEXT_ALIGN }),
        fontSize: num(),
      },
      ['color', 'fontFamily', 'bold', 'italic', 'textAlign', 'fontSize'],
    ),
    labels: arr(obj({ x: num(), y: num(), height: num(), width: num(), text: str() }, ['x', 'y', 'height', 'width', 'text'])),
  },
  ['format', 'labels'],
);

export const CREATE_ARROW = obj(
  {
    x: num(),
    y: num(),
    width: num(),
    height: num(),
    instruction: str(),
    parentId: str(),
    presentationIndex: num({ default: -1 }),
    stackingOrder: num(),
    title: str(),
    // Strict: each point needs x and y (the OpenAPI lists them without `required`).
    points: arr(obj({ x: num(), y: num() }, ['x', 'y']), { minItems: 2 }),
    startRefId: str(),
    endRefId: str(),
    arrowType: str({ enum: ['straight', 'curved', 'orthogonal'], default: 'straight' }),
    tip: str({ enum: ['no tip', 'single', 'double'], default: 'single' }),
    stackable: bool({ default: true }),
    rotation: rotation(true),
    label: labelSpec,
    style: obj({
      strokeColor: color({ default: '#000000FF' }),
      strokeStyle: str({ enum: LINE_STYLES, default: 'solid' }),
      strokeWidth: num({ min: 1, max: 7, default: 3 }),
    }),
  },
  ['x', 'y', 'width', 'height', 'points'],
);

/** A PATCH body: the create item without defaults, top-level required fields or the listed properties (`stackingOrder` is create-only). Nested objects (arrow `label`) keep theirs, as in the OpenAPI. */
function patchOf(spec: FieldSpec, drop: readonly string[]): FieldSpec {
  const strip = (field: FieldSpec): FieldSpec => {
    const { default: _default, ...rest } = field;
    if (rest.kind === 'object') {
      const props = Object.fromEntries(Object.entries(rest.props).map(([key, child]) => [key, strip(child)]));
      return { ...rest, props };
    }
    if (rest.kind === 'array') return { ...rest, items: strip(rest.items) };
    return rest;
  };
  const item = spec.kind === 'array' ? spec.items : spec;
  if (item.kind !== 'object') throw new Error('patchOf: object spec expected');
  const props = Object.fromEntries(
    Object.entries(item.props)
      .filter(([key]) => !drop.includes(key))
      .map(([key, child]) => [key, strip(child)]),
  );
  return { kind: 'object', props, required: [] };
}

const areaPatch = patchOf(CREATE_AREA, ['stackingOrder']);
if (areaPatch.kind === 'object' && areaPatch.props.style?.kind === 'object') {
  // updatearea accepts two more border styles than createarea.
  areaPatch.props.style.props.borderStyle = str({ enum: LINE_STYLES });
}

export const UPDATE_AREA = areaPatch;
export const UPDATE_STICKY_NOTE = patchOf(CREATE_STICKY_NOTES, ['stackingOrder', 'shape']);
export const UPDATE_SHAPE = patchOf(CREATE_SHAPES, ['stackingOrder', 'shape']);
export const UPDATE_TEXTBOX = patchOf(CREATE_TEXTBOXES, ['stackingOrder']);
export const UPDATE_TITLE = patchOf(CREATE_TITLES, ['stackingOrder']);
export const UPDATE_ARROW = patchOf(CREATE_ARROW, ['stackingOrder']);

export const CREATE_TAG = obj(
  {
    text: str({ maxLength: 25 }),
    backgroundColor: color(),
    borderColor: color(),
    color: color(),
    widgets: arr(obj({ id: str({ minLength: 1, maxLength: 36 }), fontSize: num({ min: 1 }) }, ['id'])),
  },
  ['text'],
);

export const UPDATE_TAG = obj({
  text: str({ maxLength: 25 }),
  backgroundColor: color({ nullable: true }),
  borderColor: color({ nullable: true }),
  color: color({ nullable: true }),
});

export const CREATE_MURAL = obj(
  {
    title: str(),
    roomId: num({ integer: true, min: 1 }),
    backgroundColor: color(),
    folderId: str(),
    // Strict: the read model's bounds (3000–60000 integers) apply on create too.
    height: num({ integer: true, min: 3000, max: 60000 }),
    width: num({ integer: true, min: 3000, max: 60000 }),
    infinite: bool(),
    visitorsSettings: obj({ expiresOn: { ...num(), nullable: true } }),
    timerSoundTheme: str({ enum: ['airplane', 'cello', 'cuckoo'] }),
    visitorAvatarTheme: str({ enum: ['animals', 'music', 'travel'] }),
  },
  ['roomId'],
);
