// The municipality with this CBS code (e.g. GM0505), if the graph has it.
MATCH (m:Municipality {cbsCode: $cbsCode})
RETURN m {.*, __label: 'Municipality', sources: null} AS row
LIMIT 1
