"""Dutch display of values in the pages (Jinja filters). Pure."""

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip
MINUS = "\u2212"  # a real minus sign: screen readers say "min", and it lines up with +


def getal(value: Decimal | int | float | None, decimalen: int = 0) -> str:
    """1234567.5 → "1.234.568"; with decimals "1.234.567,50"; None → "–"."""
    if value is None:
        return "–"
    quantum = Decimal(1).scaleb(-decimalen)
    exact = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    sign = MINUS if exact < 0 else ""
    whole, _, fraction = f"{abs(exact):f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{sign}{grouped},{fraction}" if fraction else f"{sign}{grouped}"


def euro(value: Decimal | int | None) -> str:
    """Whole euros: "€ 1.250.000", "−€ 300.000"."""
    if value is None:
        return "–"
    text = getal(value)
    return f"{MINUS}€ {text[1:]}" if text.startswith(MINUS) else f"€ {text}"


def procent(value: Decimal | int | float | None, decimalen: int = 1) -> str:
    """12.5 → "12,5 %"."""
    return "–" if value is None else f"{getal(value, decimalen)} %"


def datum(value: date | datetime | None) -> str:
    """A date in words: "15 april 2027" (a timestamp in Amsterdam time)."""
    if value is None:
        return "–"
    if isinstance(value, datetime):
        value = value.astimezone(AMSTERDAM).date()
    return f"{value.day} {MAANDEN[value.month - 1]} {value.year}"


def datumtijd(value: datetime | None) -> str:
    """A timestamp in Amsterdam time: "15 april 2027, 09:30"."""
    if value is None:
        return "–"
    local = value.astimezone(AMSTERDAM)
    return f"{datum(local.date())}, {local:%H:%M}"


def periode(value: str | None) -> str:
    """ "2026-H1" → "1e halfjaar 2026", "2026-Q3" → "3e kwartaal 2026", else as given."""
    if not value:
        return "–"
    year, _, part = value.partition("-")
    if part.startswith("H") and part[1:].isdigit():
        return f"{part[1:]}e halfjaar {year}"
    if part.startswith("Q") and part[1:].isdigit():
        return f"{part[1:]}e kwartaal {year}"
    if part.isdigit():
        return f"{MAANDEN[int(part) - 1]} {year}"
    return value


FILTERS = {
    "getal": getal,
    "euro": euro,
    "procent": procent,
    "datum": datum,
    "datumtijd": datumtijd,
    "periode": periode,
}
