// Marks a source as changed (reextract.ts), so loading its document again replaces its facts: the
// load compares the stored hash with the document's, and the next load writes the real hash back.
MATCH (s:Source {id: $sourceId})
SET s.sha256 = 'stale:' + s.sha256
