/** Miro's named sticky-note colours, as the board paints them. */
const STICKY_FILLS: Record<string, string> = {
  gray: '#e6e6e6',
  light_yellow: '#fff9b1',
  yellow: '#f5d128',
  orange: '#ff9d48',
  light_green: '#d5f692',
  green: '#c9df56',
  dark_green: '#93d275',
  cyan: '#67c6c0',
  light_pink: '#ffcee0',
  pink: '#ea94bb',
  violet: '#be88c7',
  red: '#f16c7f',
  light_blue: '#a6ccf5',
  blue: '#6cd8fa',
  dark_blue: '#9ea9ff',
  black: '#1a1a1a',
};

export function stickyFill(color: string | undefined): string {
  if (color && color.startsWith('#')) return color;
  return STICKY_FILLS[color ?? 'light_yellow'] ?? STICKY_FILLS['light_yellow']!;
}

export function stickyTextColor(color: string | undefined): string {
  return color === 'black' ? '#ffffff' : '#1a1a1a';
}

export function hexOr(value: string | undefined, fallback: string): string {
  return value && /^#[0-9a-f]{3,8}$/i.test(value) ? value : value === 'transparent' ? 'none' : fallback;
}
