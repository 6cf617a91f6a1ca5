"""The objects of start-up, out of the garbage collector's sight.

After start-up a worker holds some 300,000 objects that live as long as it does: modules,
the app, its routes, schemas and compiled statements. Python's full collections walked them
all, about 100 ms each, and whichever request was allocating when one began paid for it (a
push of 1,000 metingen: p50 84 ms, p95 230 ms). `gc.freeze()` moves them to a permanent
generation the collector does not walk; what requests allocate is collected as before.
Once per process: frozen objects are never freed, so freezing again (the tests start many
apps in one process) would keep what later apps leave behind.
"""

import gc
import os

_frozen_in: int | None = None  # the process that froze (a forked worker freezes its own)


def freeze_once() -> None:
    global _frozen_in
    if _frozen_in == os.getpid():
        return
    gc.collect()
    gc.freeze()
    _frozen_in = os.getpid()
