// Dossiers with this number, optionally in one municipality ($municipality null: any).
MATCH (d:Dossier {number: $number})
WHERE $municipality IS NULL OR d.municipality = $municipality
RETURN d {.*, __label: 'Dossier', sources: null} AS row
ORDER BY d.id
LIMIT 2
