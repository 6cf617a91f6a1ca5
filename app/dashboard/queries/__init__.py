"""One module per column group of the dashboard: each runs one set-based query (two at most)
over every party of a scope and returns plain rows keyed by party id."""
