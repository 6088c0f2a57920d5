import type { BoardStore } from './boardStore';
import type { SdkCall } from './callGate';
import { assertFiniteNumber, assertNumberInRange, assertPlainObject, assertPositive, fail } from './contentRules';
import { rectBounding, rectInflate, rectLeft, rectTop } from './geometry';

/** The emulated screen the viewport maps onto; zoom 1 shows 1920×1080 board units. */
const SCREEN = { width: 1920, height: 1080 };

type TopLeftRect = { x: number; y: number; width: number; height: number };

/**
 * `miro.board.viewport`. The viewport Rect is top-left based (x, y = its top-left corner), unlike
 * item coordinates. Zoom is screen width / viewport width, between 0.01 and 4 (changelog 2023-02-01).
 */
export function createViewport(call: SdkCall, store: BoardStore) {
  let viewport: TopLeftRect = { x: -SCREEN.width / 2, y: -SCREEN.height / 2, ...SCREEN };

  const checkedRect = (method: string, value: unknown): TopLeftRect => {
    const given = assertPlainObject(method, 'viewport', value);
    return {
      x: assertFiniteNumber(method, 'viewport.x', given['x']),
      y: assertFiniteNumber(method, 'viewport.y', given['y']),
      width: assertPositive(method, 'viewport.width', given['width']),
      height: assertPositive(method, 'viewport.height', given['height']),
    };
  };

  return {
    get: () => call('board.viewport.get', () => ({ ...viewport })),
    set: (options: unknown) =>
      call('board.viewport.set', () => {
        const given = assertPlainObject('board.viewport.set', 'options', options);
        viewport = checkedRect('board.viewport.set', given['viewport']);
        return { ...viewport };
      }),
    zoomTo: (items: unknown) =>
      call('board.viewport.zoomTo', () => {
        const list = Array.isArray(items) ? items : [items];
        const rects = list.map((item: unknown) => store.boardRect(store.requireItem('board.viewport.zoomTo', (item as { id?: unknown } | null)?.id)));
        const box = rectBounding(rects);
        if (!box) fail('board.viewport.zoomTo', 'pass at least one item');
        const padded = rectInflate(box, Math.max(box.width, box.height) * 0.05);
        // The screen keeps its aspect ratio and Miro's zoom stays within 0.01–4: fit the box, centred.
        const zoom = Math.min(4, Math.max(0.01, Math.min(SCREEN.width / padded.width, SCREEN.height / padded.height)));
        const width = SCREEN.width / zoom;
        const height = SCREEN.height / zoom;
        const centre = { x: rectLeft(padded) + padded.width / 2, y: rectTop(padded) + padded.height / 2 };
        viewport = { x: centre.x - width / 2, y: centre.y - height / 2, width, height };
      }),
    getZoom: () => call('board.viewport.getZoom', () => SCREEN.width / viewport.width),
    setZoom: (zoom: unknown) =>
      call('board.viewport.setZoom', () => {
        const level = assertNumberInRange('board.viewport.setZoom', 'zoomLevel', zoom, 0.01, 4);
        const centre = { x: viewport.x + viewport.width / 2, y: viewport.y + viewport.height / 2 };
        const width = SCREEN.width / level;
        const height = SCREEN.height / level;
        viewport = { x: centre.x - width / 2, y: centre.y - height / 2, width, height };
      }),
  };
}

type TimerStatus = 'STARTED' | 'STOPPED' | 'PAUSED';

/**
 * `miro.board.timer`, minimal: one board timer in ms on the emulator clock. Without the `timer`
 * feature every call rejects, as on a plan without it. Timer events are accepted but never fire.
 */
export function createTimer(call: SdkCall, now: () => number, enabled: boolean) {
  let status: TimerStatus = 'STOPPED';
  let totalDuration = 0;
  let endsAt = 0;
  let restWhenPaused = 0;

  const instance = () => {
    const restDuration = status === 'STARTED' ? Math.max(0, endsAt - now()) : status === 'PAUSED' ? restWhenPaused : 0;
    if (status === 'STARTED' && restDuration === 0) status = 'STOPPED';
    return { status, totalDuration, restDuration };
  };
  const timerCall = <T>(name: string, effect: () => T) =>
    call(`board.timer.${name}`, () => {
      if (!enabled) fail(`board.timer.${name}`, 'the timer is not available on this plan (board.canUse("timer") is false)');
      return effect();
    });

  return {
    get: () => timerCall('get', instance),
    isStarted: () => timerCall('isStarted', () => instance().status === 'STARTED'),
    start: (duration: unknown) =>
      timerCall('start', () => {
        if (instance().status !== 'STOPPED') fail('board.timer.start', 'the timer is already running; stop it first');
        totalDuration = assertPositive('board.timer.start', 'duration', duration);
        endsAt = now() + totalDuration;
        status = 'STARTED';
        return instance();
      }),
    stop: () =>
      timerCall('stop', () => {
        status = 'STOPPED';
        return instance();
      }),
    pause: () =>
      timerCall('pause', () => {
        if (instance().status !== 'STARTED') fail('board.timer.pause', 'the timer is not running');
        restWhenPaused = endsAt - now();
        status = 'PAUSED';
        return instance();
      }),
    resume: () =>
      timerCall('resume', () => {
        if (status !== 'PAUSED') fail('board.timer.resume', 'the timer is not paused');
        endsAt = now() + restWhenPaused;
        status = 'STARTED';
        return instance();
      }),
    prolong: (duration: unknown) =>
      timerCall('prolong', () => {
        const extra = assertPositive('board.timer.prolong', 'duration', duration);
        if (instance().status === 'STOPPED') fail('board.timer.prolong', 'the timer is not running');
        totalDuration += extra;
        endsAt += extra;
        restWhenPaused += extra;
        return instance();
      }),
    on: () => Promise.resolve(),
    off: () => Promise.resolve(),
  };
}
