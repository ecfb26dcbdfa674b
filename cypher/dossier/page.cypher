// One page of dossiers in id order, after the cursor's id; one row more than asked tells
// whether a next page exists.
MATCH (d:Dossier)
WHERE ($after IS NULL OR d.id > $after)
  AND ($municipality IS NULL OR d.municipality = $municipality)
RETURN d {.*, __label: 'Dossier', sources: null} AS row
ORDER BY d.id
LIMIT $limit
