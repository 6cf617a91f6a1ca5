"""docs/security.md names the tests that show each OWASP risk is handled: every test it
names must exist, so the page cannot promise a test that was renamed or removed."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "security.md"
# `tests/x/test_y.py::test_z`, `test_y.py::test_z` (within the last directory named) and
# `::test_z` (within the last file named).
REFERENCE = re.compile(r"`((?:tests/[\w/]+/)?(?:test_\w+\.py)?)::(test_\w+)`")
OWASP_2023 = [f"API{number}:2023" for number in range(1, 11)]


def named_tests() -> list[tuple[str, str]]:
    names: list[tuple[str, str]] = []
    directory, file = "tests", ""
    for match in REFERENCE.finditer(PAGE.read_text()):
        path, test = match.groups()
        if path.startswith("tests/"):
            directory, file = path.rsplit("/", 1)
        elif path:
            file = path
        names.append((f"{directory}/{file}", test))
    return names


def test_every_test_named_in_the_security_page_exists() -> None:
    names = named_tests()
    missing = [
        f"{path}::{test}"
        for path, test in names
        if not (ROOT / path).is_file() or not re.search(rf"def {test}\(", (ROOT / path).read_text())
    ]

    assert len(names) > 50
    assert missing == []


def test_the_security_page_covers_every_owasp_api_risk_of_2023() -> None:
    text = PAGE.read_text()

    assert [risk for risk in OWASP_2023 if f"## {risk}" not in text] == []
    assert "arrive" not in text  # no placeholders left
