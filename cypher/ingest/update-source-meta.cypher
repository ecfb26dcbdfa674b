// An unchanged file whose publication metadata changed (a new sidecar, --source-url): only the metadata is set.
MATCH (s:Source {id: $sourceId})
SET s.url = $url,
    s.title = $title,
    s.publishedAt = CASE WHEN $publishedAt IS NULL THEN null ELSE date($publishedAt) END
