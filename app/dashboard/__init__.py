"""Read models for dashboards: the overview per municipality, the drill-down per party, and
their exports. Computed with a fixed number of set-based queries, whatever the number of
parties."""
