import type { PlannedItem, PlannedShape } from '../../plan';
import { AGENDAS, formatMinutes } from '../../workshop/agenda';
import { AREA_TEXT } from '../../workshop/areas';
import {
  areaKey,
  KICKOFF_AGENDA_KEY,
  KICKOFF_GROUND_RULES_KEY,
  KICKOFF_PURPOSE_KEY,
  KICKOFF_WORKSHOP_NAME_KEY,
} from '../../workshop/keys';
import { FACILITATOR_PREP, GROUND_RULES, HOW_TO_WRITE, KICKOFF_PURPOSE } from '../../workshop/kickoff';
import { HORIZONS } from '../../workshop/metrics';
import { clockTime, type PartSchedule } from '../../workshop/schedule';
import type { FrameBuilder } from '../frame';
import { bottomOf, centredFromBox, even, spanOf } from '../geometry';
import { areaAt, itemsBottom, richHtml, textAt, type RichLine } from '../items';
import { BLOCK_GAP, COLOR, FONT, partTheme, SIDEBAR_WIDTH } from '../style';

const WIDTH = 2800;
const GUTTER = 60;
const INTRODUCTIONS_HEIGHT = 480;
const PART_HEADER_HEIGHT = 72;

/** Role keys of the cover's own items. */
export const COVER_SUBTITLE_KEY = 'kickoff/coverSubtitle';
export const COVER_LEGEND_KEY = 'kickoff/legend';
/** The facilitator's prep checklist under the kick-off frame's left column. */
export const FACILITATOR_PREP_KEY = 'kickoff/prep';
const agendaPartHeaderKey = (n: number) => `kickoff/agenda/${n}/header`;
const agendaPartKey = (n: number) => `kickoff/agenda/${n}`;

/** One agenda part as timeline lines: clock time, then the activity, break or lunch. */
export function agendaPartLines(schedule: PartSchedule): RichLine[] {
  return schedule.slots.map((slot) =>
    slot.kind === 'activity' ? `${clockTime(slot.start)}  ${slot.title} (${formatMinutes(slot.minutes)})` : { em: `${clockTime(slot.start)}  ${slot.title}` },
  );
}

function partHeader(n: number, label: string, left: number, top: number, width: number): PlannedShape {
  return {
    kind: 'shape',
    key: agendaPartHeaderKey(n),
    ...centredFromBox({ left, top, width, height: PART_HEADER_HEIGHT }),
    shape: 'rectangle',
    content: richHtml([{ strong: label }]),
    fillColor: partTheme(n - 1).band,
    borderColor: partTheme(n - 1).band,
    borderWidth: 1,
    fontSize: FONT.label,
    color: COLOR.onBand,
    textAlign: 'left',
    textAlignVertical: 'middle',
  };
}

/**
 * The cover: workshop name and date, the agenda as a timeline (one coloured column per afternoon
 * or day, with clock times, breaks and lunch), why we are here, ground rules, a legend, and the
 * introductions area.
 */
export const kickoffFrame: FrameBuilder = ({ config, schedule }) => {
  const items: PlannedItem[] = [];
  let top = 0;
  const name = config.workshopName.trim();
  if (name !== '') {
    const title = textAt(KICKOFF_WORKSHOP_NAME_KEY, [{ strong: name }], 0, 0, WIDTH, { fontSize: FONT.heading });
    items.push(title);
    top = bottomOf(title) + 8;
  }
  const date = config.date.trim();
  const subtitle = textAt(COVER_SUBTITLE_KEY, [`Data Mesh Accelerate workshop${date ? ` · ${date}` : ''}`], 0, top, WIDTH, {
    fontSize: FONT.subheading,
    color: COLOR.muted,
  });
  items.push(subtitle);
  top = bottomOf(subtitle) + BLOCK_GAP;

  const summary = textAt(
    KICKOFF_AGENDA_KEY,
    [{ strong: `Agenda: ${AGENDAS[config.format].summary}` }, 'Timeboxes are suggestions: follow the room, keep the breaks.'],
    0,
    top,
    WIDTH,
    { fontSize: FONT.body },
  );
  items.push(summary);
  top = bottomOf(summary) + 24;
  const columns = Math.max(schedule.length, 2);
  const columnWidth = Math.floor((WIDTH - (columns - 1) * GUTTER) / columns / 2) * 2;
  schedule.forEach((part, index) => {
    const left = index * (columnWidth + GUTTER);
    const label = `${part.part.label} · ${clockTime(part.start)}–${clockTime(part.end)}`;
    items.push(partHeader(index + 1, label, left, top, columnWidth));
    items.push(textAt(agendaPartKey(index + 1), agendaPartLines(part), left, top + PART_HEADER_HEIGHT + 16, columnWidth, { fontSize: FONT.body }));
  });
  top = even(itemsBottom(items)) + BLOCK_GAP;

  const column = Math.floor((WIDTH - 2 * GUTTER) / 3 / 2) * 2;
  const body = { fontSize: FONT.body };
  const purpose = textAt(KICKOFF_PURPOSE_KEY, [{ strong: 'Why we are here' }, ...KICKOFF_PURPOSE], 0, top, column, body);
  const groundRules = textAt(KICKOFF_GROUND_RULES_KEY, [{ strong: 'Ground rules' }, ...GROUND_RULES.map((rule) => `• ${rule}`)], column + GUTTER, top, column, body);
  const legend = textAt(
    COVER_LEGEND_KEY,
    [
      { strong: 'How to use this board' },
      ...HORIZONS.map((horizon) => `• ${horizon.dotColorName} dots: ${horizon.label.toLowerCase()}`),
      ...HOW_TO_WRITE.map((line) => `• ${line}`),
    ],
    spanOf(2, column, GUTTER) + GUTTER,
    top,
    WIDTH - spanOf(2, column, GUTTER) - GUTTER,
    body,
  );
  items.push(purpose, groundRules, legend);

  const introductionsTop = even(itemsBottom(items)) + BLOCK_GAP;
  items.push(
    areaAt(areaKey('kickoff', 'introductions'), { left: 0, top: introductionsTop, width: WIDTH, height: INTRODUCTIONS_HEIGHT }, AREA_TEXT.introductions),
  );
  const prep = textAt(FACILITATOR_PREP_KEY, [{ strong: 'Before the workshop (facilitator)' }, ...FACILITATOR_PREP.map((line) => `☐ ${line}`)], 0, 0, SIDEBAR_WIDTH, {
    fontSize: FONT.note,
  });
  return {
    content: { width: WIDTH, height: introductionsTop + INTRODUCTIONS_HEIGHT, items },
    sidebarExtras: { width: SIDEBAR_WIDTH, height: prep.height, items: [prep] },
  };
};
