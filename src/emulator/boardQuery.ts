import type { BoardStore } from './boardStore';
import { assertPlainObject, fail } from './contentRules';
import type { ItemRecord } from './records';
import type { ItemFactory, SdkObject } from './sdkItems';

function asList(method: string, field: string, value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.some((entry) => typeof entry !== 'string')) fail(method, `${field} must be a string or an array of strings`);
  return list as string[];
}

/**
 * `board.get` semantics (GetFilter in the typings): no filter → every item including frame
 * children, then groups, then tags; `{id}` → those entities, and an unknown id throws
 * (conservative: the app must cope with items a participant deleted); `{type?, tags?}` → both must
 * match, arrays mean any-of. Tags match by tag id or title (the docs do not say which).
 * One pass over the board: O(n).
 */
export function queryBoard(method: string, store: BoardStore, factory: ItemFactory, filter: unknown): SdkObject[] {
  if (filter === undefined) {
    return [
      ...[...store.items.values()].map((record) => factory.item(record)),
      ...[...store.groups.values()].map((group) => factory.group(group)),
      ...[...store.tags.values()].map((tag) => factory.tag(tag)),
    ];
  }
  const given = assertPlainObject(method, 'filter', filter);
  for (const key of Object.keys(given)) {
    if (!['id', 'type', 'tags'].includes(key)) fail(method, `filter.${key} is not a filter (use id, or type and tags)`);
  }
  if (given['id'] !== undefined) {
    if (given['type'] !== undefined || given['tags'] !== undefined) fail(method, 'filter by id, or by type/tags, not both');
    return [...new Set(asList(method, 'filter.id', given['id']))].map((id) => {
      const entity = factory.byId(id);
      if (!entity) fail(method, `no item with id ${id} on the board`);
      return entity;
    });
  }
  const types = given['type'] === undefined ? undefined : new Set(asList(method, 'filter.type', given['type']));
  const tagIds = given['tags'] === undefined ? undefined : tagIdsMatching(store, asList(method, 'filter.tags', given['tags']));
  const matchesTags = (record: ItemRecord) => {
    if (!tagIds) return true;
    const itemTags = record.props['tagIds'];
    return Array.isArray(itemTags) && itemTags.some((id) => tagIds.has(id as string));
  };
  const result: SdkObject[] = [];
  for (const record of store.items.values()) {
    if ((!types || types.has(record.type)) && matchesTags(record)) result.push(factory.item(record));
  }
  // Groups and tags carry no tags, so a tags filter never returns them.
  if (!tagIds && types?.has('group')) for (const group of store.groups.values()) result.push(factory.group(group));
  if (!tagIds && types?.has('tag')) for (const tag of store.tags.values()) result.push(factory.tag(tag));
  return result;
}

function tagIdsMatching(store: BoardStore, wanted: readonly string[]): Set<string> {
  const wantedSet = new Set(wanted);
  const ids = new Set<string>();
  for (const tag of store.tags.values()) if (wantedSet.has(tag.id) || wantedSet.has(tag.title)) ids.add(tag.id);
  return ids;
}
