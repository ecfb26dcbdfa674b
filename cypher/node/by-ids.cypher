// Nodes by id, as rows: their properties flattened, plus `__label` (the label that is not :Entity).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, n {.*, __label: [l IN labels(n) WHERE l <> 'Entity'][0], sources: null} AS row
