import type { ComponentChildren } from 'preact';

type AttentionGroupProps = {
  title: string;
  /** What to do about it, in a few words. */
  hint: string;
  count: number;
  children: ComponentChildren;
};

/** One kind of problem in the interaction map, with the items that have it. */
export function AttentionGroup({ title, hint, count, children }: AttentionGroupProps) {
  if (count === 0) return null;
  return (
    <div class="map-attention-group">
      <p class="map-attention-title">
        {title} <span class="map-attention-count">({count})</span>
      </p>
      <p class="map-hint">{hint}</p>
      <ul class="map-list" aria-label={title}>
        {children}
      </ul>
    </div>
  );
}
