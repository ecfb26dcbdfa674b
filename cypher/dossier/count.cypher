// How many dossiers match (counted by the store of the label, never by collecting them).
MATCH (d:Dossier)
WHERE $municipality IS NULL OR d.municipality = $municipality
RETURN count(d) AS total
