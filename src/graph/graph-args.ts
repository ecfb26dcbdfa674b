import { badUserInput } from '../errors.js';

/** `value` when it is a whole number in [min, max]; otherwise BAD_USER_INPUT naming `argument`. */
export function boundedInt(argument: string, value: number | null | undefined, fallback: number, min: number, max: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) throw badUserInput(argument, `must be a whole number from ${min} to ${max}`);
  return n;
}
