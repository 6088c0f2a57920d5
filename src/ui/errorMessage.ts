import { InvalidConfigError } from '../core/config';

/** What the panel tells the facilitator when an action fails. */
export function errorMessageFor(actionLabel: string, error: unknown): string {
  if (error instanceof InvalidConfigError) return error.sentence;
  if (error instanceof Error) return `${actionLabel} failed: ${error.message}`;
  return `${actionLabel} failed: ${String(error)}`;
}

export function isAbortError(error: unknown): boolean {
  return isNamed(error, 'AbortError');
}

// Errors can cross module copies (e.g. a fake in a test), so the name is checked as well as the class.
export function isNamed(error: unknown, name: string): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;
}
