"""The README documents every setting of app/config.py and the OTEL_* settings of tracing."""

from pathlib import Path

from app.config import Settings
from app.core import tracing

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def test_every_setting_is_in_the_readme() -> None:
    missing = [
        f"VPM_{name.upper()}"
        for name in Settings.model_fields
        if f"`VPM_{name.upper()}`" not in README
    ]

    assert missing == [], "add these settings to the README's configuration table"


def test_every_tracing_setting_is_in_the_readme() -> None:
    missing = [name for name in tracing.DOCUMENTED if f"`{name}`" not in README]

    assert missing == [], "add these OTEL_* settings to the README's configuration table"
