"""Partner reports: pushes with idempotency, revisions, measurements, time series, timeliness."""
