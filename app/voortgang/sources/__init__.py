"""Prefill sources that other domains feed: one small module per section of the snapshot.

Each module holds one `PrefillSource` (`contract.py`); `app.voortgang.prefill` registers it
with one line in `PREFILL_SOURCES`. A source reads another domain through that domain's
public summaries, which take the municipality's id and trust the caller to have checked that
it may see the party (the draft's author is the party's regievoerder).
"""
