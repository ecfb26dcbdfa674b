import neo4j, { isDate, isDateTime, isInt, isLocalDateTime, isDuration, isLocalTime, isTime, type Integer } from 'neo4j-driver';
import { DateTime } from 'luxon';
import type { DateTimeValue, DateValue, PropValue } from '../ingest/facts.js';

/**
 * The graph keeps the clock times documents give (a meeting's start) as LocalDateTime: wall-clock
 * time in the municipality. Every Dutch municipality keeps this zone.
 */
export const MUNICIPAL_TIME_ZONE = 'Europe/Amsterdam';

/**
 * Conversions at the store boundary. Rows leaving the database hold plain JavaScript values:
 * integers as numbers (ids and counts stay far below 2^53), dates as ISO strings, and
 * date-times as ISO strings with an offset: a LocalDateTime gets the municipality's offset of
 * that moment (2017-03-28T14:00:00+02:00). Values entering it become Neo4j temporals where the
 * fact model says so.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return (value as Integer).toNumber();
  if (isLocalDateTime(value)) return municipalDateTime(value.toString());
  // A zoned DateTime prints its offset and then its zone id (`...+01:00[Europe/Amsterdam]`): the offset says it all.
  if (isDateTime(value)) return value.toString().replace(/\[[^\]]*\]$/, '');
  if (isDate(value) || isLocalTime(value) || isTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    // Nodes and relationships are never returned by our queries; maps are.
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

/** A wall-clock time in the municipality as ISO 8601 with its offset; milliseconds only when not zero. */
export function municipalDateTime(local: string): string {
  const parsed = DateTime.fromISO(local, { zone: MUNICIPAL_TIME_ZONE });
  if (!parsed.isValid) throw new Error(`'${local}' is not a local date-time`);
  return parsed.toISO({ suppressMilliseconds: true });
}

function isTemporal(value: PropValue): value is DateValue | DateTimeValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'kind' in value;
}

/** A fact's property as a driver parameter. */
export function toNeo4jProp(value: PropValue): unknown {
  if (isTemporal(value)) {
    if (value.kind === 'date') {
      const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.iso);
      if (!d) throw new Error(`'${value.iso}' is not a date (YYYY-MM-DD)`);
      return new neo4j.types.Date(Number(d[1]), Number(d[2]), Number(d[3]));
    }
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.iso);
    if (!m) throw new Error(`'${value.iso}' is not a local date-time (YYYY-MM-DDTHH:mm)`);
    return new neo4j.types.LocalDateTime(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), 0, 0);
  }
  return value;
}

export function toNeo4jProps(props: Readonly<Record<string, PropValue>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) out[k] = toNeo4jProp(v);
  return out;
}

/** A whole number as a Cypher INTEGER (JavaScript numbers travel as FLOAT; LIMIT and SKIP refuse those). */
export const int = (n: number): Integer => neo4j.int(n);
