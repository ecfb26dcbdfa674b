import { RELATIONSHIP_TYPES } from '../ingest/facts.js';

/**
 * The relationship types that link entities for paths, neighbourhoods and timelines: every
 * fact relationship the extractor writes except IN_MUNICIPALITY, which ties everything to the
 * municipality and would make it the shortest way between any two entities, and STATUS_STATED,
 * a commitment's statuses as documents state them (a loop on the commitment). Evidence
 * (EVIDENCED_BY, FROM_SOURCE) and curation (HAS_STATUS_CHANGE) are never fact links, so
 * Passage, Source and StatusChange nodes are not reached.
 */
export const FACT_LINK_TYPES: readonly string[] = RELATIONSHIP_TYPES.filter((t) => t !== 'IN_MUNICIPALITY' && t !== 'STATUS_STATED');
