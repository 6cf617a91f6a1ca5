"""What the project publishes about itself agrees with the code."""

from pathlib import Path

import yaml

from app import __version__

ROOT = Path(__file__).resolve().parent.parent


def test_the_licence_is_the_eupl_1_2_text() -> None:
    text = (ROOT / "LICENSE").read_text()

    assert text.startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert "Appendix" in text


def test_publiccode_yml_names_this_version_and_licence() -> None:
    publiccode = yaml.safe_load((ROOT / "publiccode.yml").read_text())

    assert publiccode["publiccodeYmlVersion"] == "0.4"
    assert publiccode["softwareVersion"] == __version__
    assert publiccode["legal"]["license"] == "EUPL-1.2"
    assert set(publiccode["description"]) == {"nl", "en"}


def test_the_changelog_keeps_an_unreleased_section() -> None:
    assert "## [Unreleased]" in (ROOT / "CHANGELOG.md").read_text()
