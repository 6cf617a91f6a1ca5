"""Tabular exports (CSV, XLSX) of any read model, chosen by `Accept` or `?formaat=`.

A domain turns its read model into `ExportSheet`s (`table.py`) and answers with
`export_response` (`responses.py`); JSON stays the route's own response model.
"""
