import { z } from 'zod';

/**
 * A widget as MURAL returns it, validated at the boundary (only the fields the adapter reads;
 * the rest passes through untouched). x, y: TOP-LEFT, relative to the parent area (`parentId`)
 * or to the mural when there is none.
 */
export const MuralWidgetSchema = z.looseObject({
  id: z.string().min(1),
  type: z.string(),
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number().optional(),
  parentId: z.string().optional(),
  text: z.string().optional(),
  title: z.string().optional(),
  shape: z.string().optional(),
  hidden: z.boolean().optional(),
  fixedWidth: z.boolean().optional(),
  createdOn: z.number().optional(),
  startRefId: z.string().optional(),
  endRefId: z.string().optional(),
  style: z.record(z.string(), z.unknown()).optional(),
  createdBy: z.looseObject({ id: z.string() }).optional(),
});

export type MuralWidgetRead = z.infer<typeof MuralWidgetSchema>;

export function parseWidget(value: unknown, route: string): MuralWidgetRead {
  const parsed = MuralWidgetSchema.safeParse(value);
  if (!parsed.success) {
    throw new Error(`MURAL answered ${route} with a widget the adapter cannot read: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  return parsed.data;
}

/** The widget's height: MURAL may omit it (then the width stands for it, as for a square). */
export function heightOf(widget: MuralWidgetRead): number {
  return widget.height ?? widget.width;
}
