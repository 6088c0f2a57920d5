import type { Miro } from '@mirohq/websdk-types';

/**
 * The `miro` the sandbox hands its panel: the emulated one, except that `board.viewport.zoomTo` also
 * moves the sandbox's camera, as Miro moves the viewer's view. (The emulator keeps a viewport but
 * announces no change to it.) Every call still reaches the emulator, and is counted there.
 */
export function miroFollowingZoom(miro: Miro, onZoomTo: (itemIds: string[]) => void): Miro {
  const viewport = new Proxy(miro.board.viewport, {
    get(target, property, receiver) {
      if (property !== 'zoomTo') return Reflect.get(target, property, receiver) as unknown;
      return async (items: Parameters<Miro['board']['viewport']['zoomTo']>[0]) => {
        await target.zoomTo(items);
        onZoomTo((Array.isArray(items) ? items : [items]).map((item) => item.id));
      };
    },
  });
  const board = new Proxy(miro.board, {
    get: (target, property, receiver) => (property === 'viewport' ? viewport : (Reflect.get(target, property, receiver) as unknown)),
  });
  return new Proxy(miro, {
    get: (target, property, receiver) => (property === 'board' ? board : (Reflect.get(target, property, receiver) as unknown)),
  });
}
