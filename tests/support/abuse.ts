/**
 * The hostile-but-legal requests of issue 8, shared by the integration tests and `npm run soak`.
 */

/**
 * The doubling query: twelve fragments, eleven asking twice for the commitments of the maker of
 * each commitment of the next; the last one `{ id }`. 1,647 bytes.
 */
export function doublingQuery(): string {
  const levels = 11;
  const fragments: string[] = [];
  for (let i = 0; i < levels; i++) {
    const next = `commitments { edges { node { ...D${i + 1} } } }`;
    fragments.push(`fragment D${i} on Commitment { a: madeBy { ${next} } b: madeBy { ${next} } }`);
  }
  fragments.push(`fragment D${levels} on Commitment { id }`);
  return `{ commitments { edges { node { ...D0 } } } } ${fragments.join(' ')}`;
}

/** `count` aliases of `commitments(first: 100)`. */
export function aliasQuery(count: number): string {
  const fields = Array.from({ length: count }, (_, i) => `a${i}: commitments(first: 100) { totalCount }`);
  return `{ ${fields.join(' ')} }`;
}

/** A selection `depth` levels deep: person -> commitments -> edges -> node -> madeBy -> ... */
export function deepQuery(depth: number): string {
  let open = '';
  let close = '';
  for (let i = 0; open.split('{').length - 1 < depth - 1; i++) {
    open += 'madeBy { ... on Person { commitments { edges { node { ';
    close = ' } } } } }' + close;
  }
  return `{ commitments { edges { node { ${open} id ${close} } } } }`;
}

/** A chain of `count` fragments, each spreading the next. */
export function fragmentChain(count: number): string {
  const fragments = Array.from({ length: count }, (_, i) => `fragment F${i} on Commitment { id ${i + 1 < count ? `...F${i + 1}` : ''} }`);
  return `{ commitments { edges { node { ...F0 } } } } ${fragments.join(' ')}`;
}
