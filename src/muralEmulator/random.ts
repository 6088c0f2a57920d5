/** Both emulators draw from the same seeded generator (no Math.random in an emulator). */
export { mulberry32 } from '../emulator/callGate';

/** `length` lower-case hex digits drawn from `random`. */
export function randomHex(random: () => number, length: number): string {
  let out = '';
  while (out.length < length) out += Math.floor(random() * 16).toString(16);
  return out;
}
