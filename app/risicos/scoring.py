"""A risk's weight. Pure."""

MIN_SCALE, MAX_SCALE = 1, 5


def score(kans: int, impact: int) -> int:
    """Likelihood × impact, each 1–5: from 1 (negligible) to 25 (critical)."""
    return kans * impact
