"""Prevention Monitor: the domain package (store, pipeline, queries, translations)."""
