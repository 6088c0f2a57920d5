import type { Miro } from '@mirohq/websdk-types';
import { buildAccelerateBoard } from '../../src/actions/buildAccelerateBoard';
import { drawInteractionMap } from '../../src/actions/drawInteractionMap';
import { generateReview } from '../../src/actions/generateReview';
import { tallyKeyMetrics } from '../../src/actions/tallyKeyMetrics';
import type { ActivityId } from '../../src/core/activity';
import type { WorkshopConfigInput } from '../../src/core/config';
import { dataProductId } from '../../src/core/export/odps/odpsDataProduct';
import type { Ledger } from '../../src/core/ledger';
import { bucketKey, paletteDotKey, parseAreaKey, parsePaletteDotKey } from '../../src/core/workshop/keys';
import type { BucketIndex, HorizonId, MetricId } from '../../src/core/workshop/metrics';
import { createEmulatedMiro } from '../../src/emulator/createEmulatedMiro';
import type { EmulatedMiro, EmulatorOptions, ItemView } from '../../src/emulator/types';
import { createCallQueue } from '../../src/miro/callQueue';
import { readLedgerValue } from '../../src/miro/ledger';
import { fakeClock } from '../support/fakeClock';

export type FakeClock = ReturnType<typeof fakeClock>;

export type WorkshopBoard = {
  emulated: EmulatedMiro;
  miro: Miro;
  /** Shared by the board's credit window and every action run on it, so backoff never waits. */
  clock: FakeClock;
  frames: Partial<Record<ActivityId, string>>;
  /** Area keys (`<activity>/area/<area>`) the build drew. */
  areaKeys: string[];
  /** The ledger as it is now (read through a retrying queue: the board may be flaky). */
  ledger(): Promise<Ledger>;
  item(id: string | undefined): ItemView | undefined;
  /**
   * A participant's sticky note in an area (where the area was when first used), in its next free
   * grid cell; once the area is full the grid starts again, slightly offset.
   */
  add(areaKey: string, text: string): string;
  /** A participant's round dot with its centre inside a bucket (where it was when first used). */
  dot(metric: MetricId, horizon: HorizonId, index: BucketIndex): string;
};

const CELL_WIDTH = 210;
const CELL_HEIGHT = 240;
const AREA_HEADER = 150;

/** A board built with `config` on an emulator with `options` (latency 0, the board's own fake clock). */
export async function workshopBoard(options: { emulator?: EmulatorOptions; config?: WorkshopConfigInput; clicks?: number } = {}): Promise<WorkshopBoard> {
  const clock = fakeClock();
  const emulated = createEmulatedMiro({ latencyMs: 0, now: clock.now, ...options.emulator });
  const build = () => buildAccelerateBoard(emulated.miro, { clock, ...(options.config ? { config: options.config } : {}) });
  const { frames } = await clickUntilDone(build, options.clicks ?? 1);
  const readQueue = createCallQueue({ clock });
  const ledger = async () => {
    const value = await readQueue.run(50, () => readLedgerValue(emulated.miro));
    if (!value) throw new Error('no ledger on the board');
    return value;
  };
  const built = await ledger();
  // Sorted: the ledger's key order follows which creates answered first, and that varies with faults.
  const areaKeys = Object.keys(built.items).filter((key) => parseAreaKey(key)).sort();
  const item = (id: string | undefined) => (id ? emulated.items().find((view) => view.id === id) : undefined);
  const filled = new Map<string, number>();
  const dotsIn = new Map<string, number>();
  const placedAt = new Map<string, ItemView | undefined>();
  // Looked up once per area or bucket: filling a 10,000-item board must not scan the board per note.
  const builtItem = (key: string) => {
    if (!placedAt.has(key)) placedAt.set(key, item(built.items[key]));
    return placedAt.get(key);
  };
  return {
    emulated,
    miro: emulated.miro,
    clock,
    frames,
    areaKeys,
    ledger,
    item,
    add(areaKey, text) {
      const area = parseAreaKey(areaKey);
      const shape = builtItem(areaKey);
      if (!area || !shape) throw new Error(`no area ${areaKey} on the board`);
      const index = filled.get(areaKey) ?? 0;
      filled.set(areaKey, index + 1);
      const columns = Math.max(1, Math.floor((shape.width - 40) / CELL_WIDTH));
      const rows = Math.max(1, Math.floor((shape.height - AREA_HEADER - 20) / CELL_HEIGHT) + (shape.height > AREA_HEADER + 140 ? 1 : 0));
      const layer = Math.floor(index / (columns * rows));
      const x = shape.boardX - shape.width / 2 + 20 + CELL_WIDTH / 2 + (index % columns) * CELL_WIDTH + (layer % 40) * 3;
      const y = shape.boardY - shape.height / 2 + AREA_HEADER + (Math.floor(index / columns) % rows) * CELL_HEIGHT + (layer % 40) * 3;
      return emulated.participant.addStickyNote({ text, x, y, parentId: frames[area.activity] });
    },
    dot(metric, horizon, index) {
      const key = bucketKey(metric, horizon, index);
      const bucket = builtItem(key);
      if (!bucket) throw new Error(`no bucket ${key} on the board`);
      const n = dotsIn.get(key) ?? 0;
      dotsIn.set(key, n + 1);
      // A 7 × 4 grid of spots in the bucket's lower part, then the same spots again: centres always inside.
      const x = bucket.boardX - bucket.width / 2 + 16 + (n % 7) * 28;
      const y = bucket.boardY - 10 + (Math.floor(n / 7) % 4) * 24;
      return emulated.participant.addShape({ shape: 'circle', x, y, width: 24, height: 24, fillColor: '#2d9bf0', parentId: frames.keyMetrics });
    },
  };
}

/** The data products people write in `fillWorkshop` (plus a card): three linked by name, and a draft. */
const PRODUCTS = {
  customer360: 'Customer 360\nJob: one view of each customer\nSources: CRM, Orders\nConsumers: Churn forecast\nOwner: Sales',
  churn: 'Churn forecast\nJob: who is likely to leave next month\nSources: Customer 360\nConsumers: Retention team, Revenue outlook\nOwner: Marketing',
  revenue: 'Revenue outlook\nJob: revenue per quarter\nSources: Churn forecast, ERP\nConsumers: Finance',
  draft: 'Orders',
} as const;

export type FilledWorkshop = {
  /** Dots per bucket key placed on the scales (the moved palette dot and the stamp included). */
  dots: Map<string, number>;
};

/**
 * What a facilitator's board looks like late in the workshop: notes in every area of every
 * activity (`texts` cycled through them), dots on the scales (stamps and a moved palette dot
 * among them), data products that reference each other, a card, a connector a person drew, notes
 * in the review frame. Participants never fail, so this works on a flaky board too.
 */
export async function fillWorkshop(board: WorkshopBoard, texts: readonly string[] = DEFAULT_TEXTS): Promise<FilledWorkshop> {
  let next = 0;
  for (const key of board.areaKeys) {
    if (key === 'dataProducts/area/map') continue;
    for (let i = 0; i < 2; i++) board.add(key, texts[next++ % texts.length]!);
  }
  board.add('okrs/area/objective-1', 'Customers stay with us longer');
  board.add('okrs/area/objective-1', 'Churn from 8 % to 5 %');
  board.add('useCases/area/selected', 'We believe that churn prediction will help achieving customers staying longer');
  const products = {
    customer360: board.add('dataProducts/area/products', PRODUCTS.customer360),
    churn: board.add('dataProducts/area/products', PRODUCTS.churn),
    revenue: board.add('dataProducts/area/products', PRODUCTS.revenue),
    draft: board.add('dataProducts/area/products', PRODUCTS.draft),
  };
  const slot = board.item(board.add('dataProducts/area/products', 'placeholder'))!;
  board.emulated.participant.remove(slot.id);
  board.emulated.participant.addCard({
    title: 'Retention actions',
    description: 'Job: offers for customers at risk\nSources: Churn forecast\nOwner: Retention team',
    x: slot.boardX,
    y: slot.boardY,
    parentId: board.frames.dataProducts,
  });
  // Drawn against the written direction: it stands for the written link, so the app draws none there.
  board.emulated.participant.addConnector({ start: products.revenue, end: products.churn });

  const dots = new Map<string, number>();
  const vote = (metric: MetricId, horizon: HorizonId, index: BucketIndex, times: number) => {
    for (let i = 0; i < times; i++) board.dot(metric, horizon, index);
    const key = bucketKey(metric, horizon, index);
    dots.set(key, (dots.get(key) ?? 0) + times);
  };
  vote('leadTime', 'today', 2, 3);
  vote('leadTime', 'nextYear', 5, 2);
  vote('deployFrequency', 'today', 3, 1);
  vote('changeFailRate', 'nextYear', 6, 4);

  const ledger = await board.ledger();
  const bucket = board.item(ledger.items[bucketKey('timeToRestore', 'today', 4)])!;
  const movedPaletteDot = ledger.items[paletteDotKey('today', 1)]!;
  board.emulated.participant.move(movedPaletteDot, bucket.boardX, bucket.boardY + 40);
  board.emulated.participant.addUnsupported({ type: 'stamp', x: bucket.boardX + 40, y: bucket.boardY + 40, width: 48, height: 48, parentId: board.frames.keyMetrics });
  dots.set(bucketKey('timeToRestore', 'today', 4), 2);

  return { dots };
}

const DEFAULT_TEXTS = [
  'Nobody feels they own the data',
  'Every team finds, trusts and uses the data it needs',
  'Energised',
  'A year in: our first 10 data products are live!',
  'Pick 2 pilot domains by Friday',
  'Analysts wait two weeks for a new report',
];

/** Ids of the app's items: frames and ledger items, except palette dots — those become people's dots once placed. */
export function appOwnedIds(ledger: Ledger): Set<string> {
  const ids = new Set<string>(Object.values(ledger.frames));
  for (const [key, id] of Object.entries(ledger.items)) if (!parsePaletteDotKey(key)) ids.add(id);
  return ids;
}

/**
 * Every item not in `appIds`, serialised whole (content, style, geometry, parent, timestamps), by
 * id. Except `connectorIds`: Miro derives it from the connectors ending at the item, so it grows
 * when the app links a person's data product — the item itself is untouched.
 */
export function itemsExcept(emulated: EmulatedMiro, appIds: ReadonlySet<string>): Map<string, string> {
  return new Map(
    emulated
      .items()
      .filter((view) => !appIds.has(view.id))
      .map((view) => {
        const { connectorIds: _derived, ...props } = view.props;
        return [view.id, JSON.stringify({ ...view, props })];
      }),
  );
}

/**
 * A copy of `value` with every board item id replaced by what the item is (type, frame title,
 * position, text), so the results of two boards built in a different call order compare equal.
 */
export function withIdsDescribed(value: unknown, emulated: EmulatedMiro): unknown {
  const items = emulated.items();
  const titles = new Map(items.filter((view) => view.type === 'frame').map((view) => [view.id, String(view.props.title)]));
  const described = new Map(
    items.map((view) => [
      view.id,
      `«${view.type}|${view.parentId ? titles.get(view.parentId) : '-'}|${Math.round(view.boardX)}|${Math.round(view.boardY)}|${String(view.props.content ?? view.props.title ?? '')}»`,
    ]),
  );
  // ODPS ids are derived from item ids: described the same way.
  for (const view of items) described.set(dataProductId(view.id), `«odps ${described.get(view.id) ?? ''}»`);
  const walk = (entry: unknown): unknown => {
    if (typeof entry === 'string') {
      return entry.replace(/\b3458764\d{12}\b|\b[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, (id) => described.get(id) ?? '«gone»');
    }
    if (Array.isArray(entry)) return entry.map(walk);
    if (entry !== null && typeof entry === 'object') {
      return Object.fromEntries(Object.entries(entry).map(([key, inner]) => [walk(key) as string, walk(inner)]));
    }
    return entry;
  };
  return walk(value);
}

/** What a facilitator does when an action fails: click it again, up to `clicks` clicks in all. */
export async function clickUntilDone<T>(action: () => Promise<T>, clicks: number): Promise<T> {
  let failure: unknown;
  for (let click = 0; click < clicks; click++) {
    try {
      return await action();
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}

export type ActionName = 'build' | 'tally' | 'map' | 'review';

/** Runs one of the facilitator's actions on the board with its fake clock; returns its report without the call count (retries add calls). */
export async function runAction(board: WorkshopBoard, action: ActionName, miro: Miro = board.miro): Promise<unknown> {
  const clock = board.clock;
  const report: Record<string, unknown> =
    action === 'build'
      ? await buildAccelerateBoard(miro, { clock })
      : action === 'tally'
        ? await tallyKeyMetrics(miro, { clock })
        : action === 'map'
          ? await drawInteractionMap(miro, { clock })
          : await generateReview(miro, { clock });
  const { calls: _calls, ...rest } = report;
  return rest;
}

/**
 * `miro` as seen through a connection where Miro refuses `method` (e.g. `createText`) every time
 * once it has answered it `answered` times: a failure no retry gets past.
 */
export function refusing(miro: Miro, method: keyof Miro['board'], answered: number): Miro {
  let calls = 0;
  const board = new Proxy(miro.board, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property !== method || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls++;
        if (calls > answered) return Promise.reject(new Error(`Miro refused ${String(method)}`));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return new Proxy(miro, { get: (target, property, receiver) => (property === 'board' ? board : Reflect.get(target, property, receiver)) });
}

/** `miro` whose storage reads first run `before(key)`: to land another panel's write in the middle of a read. */
export function beforeStorageGet(miro: Miro, before: (key: string) => Promise<void>): Miro {
  const storage = {
    collection(name: string) {
      const collection = miro.board.storage.collection(name);
      return new Proxy(collection, {
        get(target, property, receiver) {
          if (property !== 'get') return Reflect.get(target, property, receiver);
          return async (key: string) => {
            await before(key);
            return target.get(key);
          };
        },
      });
    },
  };
  const board = new Proxy(miro.board, { get: (target, property, receiver) => (property === 'storage' ? storage : Reflect.get(target, property, receiver)) });
  return new Proxy(miro, { get: (target, property, receiver) => (property === 'board' ? board : Reflect.get(target, property, receiver)) });
}
