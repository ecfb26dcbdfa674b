// The shortest simple paths between two entities over fact relationships ($types: every
// relationship type between fact nodes except IN_MUNICIPALITY, so that paths do not all run
// through the municipality). SHORTEST needs a literal count: 50 raw paths are searched, paths
// that visit a node twice are dropped, paths that differ only in parallel relationships are
// merged, and the $first shortest node sequences are kept (by length, then by their ids).
// Each hop lists every fact relationship between its two nodes, in hop order.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
MATCH p = SHORTEST 50 ((a)-[r:$any($types)]-{1,6}(b) WHERE size(r) <= $maxHops)
WITH DISTINCT nodes(p) AS ns
WHERE all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])
WITH ns, [x IN ns | x.id] AS ids
ORDER BY size(ns), ids
LIMIT $first
CALL (ns) {
  UNWIND range(0, size(ns) - 2) AS i
  WITH i, ns[i] AS x, ns[i + 1] AS y
  MATCH (x)-[e:$any($types)]-(y)
  WITH i, e, startNode(e).id AS from, endNode(e).id AS to
  ORDER BY i, type(e), coalesce(e.key, ''), from
  RETURN collect({type: type(e), from: from, to: to, rel: e {.*, sources: null}}) AS edges
}
RETURN [x IN ns | x {.*, __label: [l IN labels(x) WHERE l <> 'Entity'][0], sources: null}] AS nodes, edges
ORDER BY size(ns), ids
