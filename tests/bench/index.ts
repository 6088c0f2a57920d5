/**
 * `npm run bench`: figures a reader can compare within one run (the machines are noisy, so quote
 * ratios). Everything runs against the emulated board, with a per-call latency where time matters.
 */
import { benchBuild } from './build';
import { benchBundle } from './bundle';
import { benchLiveSession } from './liveSession';
import { benchMap } from './map';
import { benchMural, benchMuralWorkshop } from './mural';
import { benchReview } from './review';
import { benchTally } from './tally';

await benchBuild();
await benchTally();
await benchLiveSession();
await benchMap();
await benchReview();
await benchMural();
await benchMuralWorkshop();
await benchBundle();
