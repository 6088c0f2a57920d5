import type { PlannedItem } from '../../plan';
import { AGENDAS, formatMinutes, type AgendaPart, type WorkshopFormat } from '../../workshop/agenda';
import { AREA_TEXT } from '../../workshop/areas';
import {
  areaKey,
  KICKOFF_AGENDA_KEY,
  KICKOFF_GROUND_RULES_KEY,
  KICKOFF_PURPOSE_KEY,
  KICKOFF_WORKSHOP_NAME_KEY,
} from '../../workshop/keys';
import { GROUND_RULES, KICKOFF_PURPOSE } from '../../workshop/kickoff';
import type { FrameBuilder } from '../frame';
import { bottomOf } from '../geometry';
import { areaAt, itemsBottom, textAt, type RichLine } from '../items';
import { BLOCK_GAP, FONT } from '../style';

const COLUMN = 820;
const GUTTER = 80;
const WIDTH = 2 * COLUMN + GUTTER;
const INTRODUCTIONS_HEIGHT = 640;

/** The agenda as text lines: per part its total, then each activity with its timebox. */
export function agendaLines(format: WorkshopFormat, agenda: readonly AgendaPart[]): RichLine[] {
  return [
    { strong: `Agenda: ${AGENDAS[format].summary}` },
    ...agenda.flatMap((part): RichLine[] => [
      { strong: `${part.label} · ${formatMinutes(part.minutes)}` },
      ...part.entries.map((entry) => `• ${entry.title}: ${formatMinutes(entry.minutes)}`),
    ]),
  ];
}

/** Workshop name (when given), purpose, ground rules, agenda, and an introductions area. */
export const kickoffFrame: FrameBuilder = ({ config, agenda }) => {
  const items: PlannedItem[] = [];
  let top = 0;
  const name = config.workshopName.trim();
  if (name !== '') {
    const title = textAt(KICKOFF_WORKSHOP_NAME_KEY, [{ strong: name }], 0, 0, WIDTH, { fontSize: FONT.heading });
    items.push(title);
    top = bottomOf(title) + 32;
  }
  const body = { fontSize: FONT.body };
  const purpose = textAt(KICKOFF_PURPOSE_KEY, [{ strong: 'Why we are here' }, ...KICKOFF_PURPOSE], 0, top, COLUMN, body);
  const rules = GROUND_RULES.map((rule) => `• ${rule}`);
  const groundRules = textAt(KICKOFF_GROUND_RULES_KEY, [{ strong: 'Ground rules' }, ...rules], 0, bottomOf(purpose) + BLOCK_GAP, COLUMN, body);
  const agendaText = textAt(KICKOFF_AGENDA_KEY, agendaLines(config.format, agenda), COLUMN + GUTTER, top, COLUMN, body);
  items.push(purpose, groundRules, agendaText);

  const introductionsTop = itemsBottom(items) + BLOCK_GAP;
  items.push(
    areaAt(
      areaKey('kickoff', 'introductions'),
      { left: 0, top: introductionsTop, width: WIDTH, height: INTRODUCTIONS_HEIGHT },
      AREA_TEXT.introductions,
    ),
  );
  return { content: { width: WIDTH, height: introductionsTop + INTRODUCTIONS_HEIGHT, items } };
};
