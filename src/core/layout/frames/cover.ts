import type { PlannedItem, PlannedShape } from '../../plan';
import { AGENDAS, formatMinutes } from '../../workshop/agenda';
import { COVER_AGENDA_KEY, COVER_LEGEND_KEY, COVER_WELCOME_KEY } from '../../workshop/keys';
import { HOW_TO_WRITE, WELCOME } from '../../workshop/kickoff';
import { HORIZONS } from '../../workshop/metrics';
import { clockTime, type PartSchedule } from '../../workshop/schedule';
import type { FrameBody, FrameContext, FrameHeading } from '../frame';
import { bottomOf, centredFromBox, even } from '../geometry';
import { itemsBottom, richHtml, textAt, type RichLine } from '../items';
import { BLOCK_GAP, COLOR, FONT, partTheme } from '../style';

const WIDTH = 2400;
const GUTTER = 60;
const PART_HEADER_HEIGHT = 72;
const LEGEND_WIDTH = 860;

const agendaPartHeaderKey = (n: number) => `cover/agenda/${n}/header`;
const agendaPartKey = (n: number) => `cover/agenda/${n}`;

/** The cover's band: the workshop's name (or the workshop's own), then what, when and how. */
export function coverHeading({ config }: Pick<FrameContext, 'config'>): FrameHeading {
  const name = config.workshopName.trim();
  const date = config.date.trim();
  return {
    keyBase: 'cover',
    title: name || 'Data Mesh Accelerate',
    subline: [name ? 'Data Mesh Accelerate workshop' : 'A workshop', date, AGENDAS[config.format].summary].filter(Boolean).join(' · '),
  };
}

/** One agenda part as timeline lines: clock time, then the activity, break or lunch. */
function agendaPartLines(schedule: PartSchedule): RichLine[] {
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
 * The cover, the board's first frame: a welcome, the agenda as a timeline (one column per
 * afternoon or day in its colour, with clock times, breaks and lunch) and, beside the welcome,
 * how to use the board (dot colours, how to write).
 */
export function coverBody({ config, schedule }: Pick<FrameContext, 'config' | 'schedule'>): FrameBody {
  const items: PlannedItem[] = [];
  const welcome = textAt(COVER_WELCOME_KEY, [{ strong: 'Welcome' }, ...WELCOME, { em: 'Timeboxes are suggestions: follow the room, keep the breaks.' }], 0, 0, WIDTH - LEGEND_WIDTH - GUTTER, {
    fontSize: FONT.body,
  });
  const legend = textAt(
    COVER_LEGEND_KEY,
    [
      { strong: 'How to use this board' },
      ...HORIZONS.map((horizon) => `• ${horizon.dotColorName} dots: ${horizon.label.toLowerCase()}`),
      ...HOW_TO_WRITE.map((line) => `• ${line}`),
    ],
    WIDTH - LEGEND_WIDTH,
    0,
    LEGEND_WIDTH,
    { fontSize: FONT.body },
  );
  items.push(welcome, legend);
  let top = even(Math.max(bottomOf(welcome), bottomOf(legend))) + BLOCK_GAP;
  const summary = textAt(COVER_AGENDA_KEY, [{ strong: `Agenda: ${AGENDAS[config.format].summary}` }], 0, top, WIDTH, { fontSize: FONT.subheading });
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
  return { fullWidth: true, content: { width: WIDTH, height: even(itemsBottom(items)), items } };
}
