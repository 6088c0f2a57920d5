import type { MuralClient } from './restClient';

/** Deletes one widget; one already gone counts as done (the client answers a 404 `WIDGET_NOT_FOUND` as deleted). */
export async function deleteWidget(client: MuralClient, id: string): Promise<void> {
  await client.request({ method: 'DELETE', path: `/widgets/${encodeURIComponent(id)}`, route: 'DELETE /murals/{muralId}/widgets/{widgetId}' });
}
