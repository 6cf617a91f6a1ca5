"""What the worker did, counted: Prometheus counters per process (for a later `/metrics`),
and the same figures in the log and in `vpmonitor meldingen status` (from the database)."""

from prometheus_client import Counter

AFLEVERINGEN = Counter(
    "vpmonitor_afleveringen",
    "Delivery attempts by channel and outcome (afgeleverd, opnieuw, mislukt, vervallen).",
    ["kanaal", "uitkomst"],
)
GEBEURTENISSEN = Counter("vpmonitor_gebeurtenissen_verwerkt", "Outbox events fanned out.")
