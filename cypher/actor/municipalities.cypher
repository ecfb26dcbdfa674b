// Every municipality in the graph, by CBS code.
MATCH (m:Municipality)
RETURN m {.*, __label: 'Municipality', sources: null} AS row
ORDER BY m.cbsCode
