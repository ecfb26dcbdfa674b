import neo4j, { isDate, isDateTime, isInt, isLocalDateTime, isDuration, isLocalTime, isTime, type Integer } from 'neo4j-driver';
import type { DateTimeValue, DateValue, PropValue } from '../ingest/facts.js';

/**
 * Conversions at the store boundary. Rows leaving the database hold plain JavaScript values:
 * integers as numbers (ids and counts stay far below 2^53), dates as ISO strings.
 * Values entering it become Neo4j temporals where the fact model says so.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return (value as Integer).toNumber();
  if (isDate(value) || isLocalDateTime(value) || isDateTime(value) || isLocalTime(value) || isTime(value) || isDuration(value)) {
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
