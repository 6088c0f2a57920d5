import { workshopConfigFrom } from '../core/config';
import { planBoard } from '../core/layout/planBoard';
import type { ReviewReport } from '../actions/generateReview';
import type { BuildOptions, BuildReport } from '../actions/types';
import type { DataProductInput } from '../core/map/dataProductCard';
import { dataProductPlainText } from '../core/map/dataProductText';
import { addMuralDataProduct } from './addMuralDataProduct';
import { buildMural } from './buildMural';
import { drawMuralMap, type MuralMapRun } from './drawMuralMap';
import type { MuralBoard } from './connectMural';
import { reviewMural } from './reviewMural';
import { tallyMural, type MuralTallyResult } from './tallyMural';

/** The last action started per mural target, settled or not: actions on one target run one after another. */
const lastAction = new WeakMap<MuralBoard, Promise<void>>();
const runningBuild = new WeakMap<MuralBoard, Promise<BuildReport>>();

function oneAtATime<T>(target: MuralBoard, action: () => Promise<T>): Promise<T> {
  const previous = lastAction.get(target) ?? Promise.resolve();
  const result = previous.then(action);
  const settled = result.then(() => undefined, () => undefined);
  lastAction.set(target, settled);
  void settled.then(() => {
    if (lastAction.get(target) === settled) lastAction.delete(target);
  });
  return result;
}

/** *Build Accelerate board* on a mural (see `buildMural`); a second click joins the running build. */
export function buildAccelerateMural(target: MuralBoard, options: BuildOptions = {}): Promise<BuildReport> {
  const inFlight = runningBuild.get(target);
  if (inFlight) return inFlight;
  const config = workshopConfigFrom(options.config);
  const build = oneAtATime(target, () => {
    const rateLimit: { waiting: boolean; onChange?: () => void } = { waiting: false };
    const client = target.openClient({
      ...(options.signal ? { signal: options.signal } : {}),
      onRateLimitWait: (waiting) => {
        rateLimit.waiting = waiting;
        rateLimit.onChange?.();
      },
    });
    return buildMural(client, planBoard(config), {
      config,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      rateLimit,
    });
  });
  runningBuild.set(target, build);
  const release = () => runningBuild.delete(target);
  build.then(release, release);
  return build;
}

/** *Tally the 4 key metrics* on a mural; MURAL's voting sessions are not read (yet). */
export function tallyMuralKeyMetrics(
  target: MuralBoard,
  options: { includeVotes?: boolean } = {},
): Promise<MuralTallyResult & { votesUnavailable?: string }> {
  return oneAtATime(target, async () => {
    const result = await tallyMural(target.openClient());
    return options.includeVotes
      ? { ...result, votesUnavailable: 'MURAL voting-session results are not read yet: the dots placed on the scales are counted.' }
      : result;
  });
}

/** *Draw interaction map* on a mural (see `drawMuralMap`), after any action still running on it. */
export function drawMuralInteractionMap(target: MuralBoard, options: { arrange?: boolean } = {}): Promise<MuralMapRun> {
  return oneAtATime(target, () => drawMuralMap(target.openClient(), options));
}

/** *Generate review* on a mural (see `reviewMural`), after any action still running on it. */
export function generateMuralReview(target: MuralBoard): Promise<ReviewReport> {
  return oneAtATime(target, () => reviewMural(target.openClient()));
}

/**
 * *Add data product* on a mural (see `addMuralDataProduct`). The input is checked at once, before
 * any request; the sticky note is placed after any action still running, so two never take one slot.
 */
export function addMuralDataProductNote(target: MuralBoard, input: DataProductInput): Promise<string> {
  const text = dataProductPlainText(input);
  return oneAtATime(target, () => addMuralDataProduct(target.openClient(), text));
}
