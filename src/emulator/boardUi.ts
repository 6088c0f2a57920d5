import type { SdkCall } from './callGate';
import { assertOneOf, assertPlainObject, assertString, fail } from './contentRules';
import type { EventHub } from './events';

/** Events `ui.on` accepts (UIEventType in the typings); a misspelt event throws instead of never firing. */
const UI_EVENTS = new Set([
  'drop', 'icon:click', 'app_card:open', 'app_card:connect', 'selection:update', 'online_users:update',
  'items:create', 'experimental:items:update', 'items:delete',
]);

type Surface = { data: unknown; close: (result: unknown) => void } | undefined;

function checkedEvent(method: string, event: unknown): string {
  if (typeof event !== 'string' || (!UI_EVENTS.has(event) && !event.startsWith('custom:'))) {
    fail(method, `unknown event ${JSON.stringify(event)}; known: ${[...UI_EVENTS].join(', ')}, custom:*`);
  }
  return event;
}

function checkedHandler(method: string, handler: unknown): (payload: never) => void {
  if (typeof handler !== 'function') fail(method, 'handler must be a function');
  return handler as (payload: never) => void;
}

/**
 * Panels and modals: `open*` resolves to `{waitForClose}`, which settles with the value passed to
 * `close*`. Opening while one is open replaces it (the old one closes with `undefined`).
 */
function surface(call: SdkCall, kind: 'Panel' | 'Modal') {
  let open: Surface;
  return {
    [`open${kind}`]: (options: unknown) =>
      call(`board.ui.open${kind}`, () => {
        const given = assertPlainObject(`board.ui.open${kind}`, 'options', options);
        assertString(`board.ui.open${kind}`, 'url', given['url']);
        open?.close(undefined);
        let close: (result: unknown) => void = () => undefined;
        const closed = new Promise<unknown>((resolve) => (close = resolve));
        open = { data: given['data'], close };
        return { waitForClose: () => closed };
      }),
    [`close${kind}`]: (result?: unknown) =>
      call(`board.ui.close${kind}`, () => {
        open?.close(result);
        open = undefined;
      }),
    [`get${kind}Data`]: () => call(`board.ui.get${kind}Data`, () => open?.data),
    [`canOpen${kind}`]: () => call(`board.ui.canOpen${kind}`, () => true),
  };
}

/** `miro.board.ui`: subscriptions are local and free; panels and modals are SDK calls. */
export function createBoardUi(call: SdkCall, events: EventHub) {
  return {
    on: (event: unknown, handler: unknown) => {
      events.on(checkedEvent('board.ui.on', event), checkedHandler('board.ui.on', handler));
      return Promise.resolve();
    },
    off: (event: unknown, handler: unknown) => {
      events.off(checkedEvent('board.ui.off', event), checkedHandler('board.ui.off', handler));
      return Promise.resolve();
    },
    ...surface(call, 'Panel'),
    ...surface(call, 'Modal'),
  };
}

export type ShownNotification = { type: string; message: string };

export function createNotifications(call: SdkCall, shown: ShownNotification[]) {
  const show = (path: string, type: unknown, message: unknown) =>
    call(path, () => {
      const checkedType = assertOneOf(path, 'type', type, ['info', 'error']);
      const text = assertString(path, 'message', message);
      if (text.trim() === '') fail(path, 'message must not be empty');
      shown.push({ type: checkedType, message: text });
    });
  return {
    showInfo: (message: unknown) => show('board.notifications.showInfo', 'info', message),
    showError: (message: unknown) => show('board.notifications.showError', 'error', message),
    show: (options: unknown) => {
      const given = (options ?? {}) as Record<string, unknown>;
      return show('board.notifications.show', given['type'], given['message']);
    },
  };
}
