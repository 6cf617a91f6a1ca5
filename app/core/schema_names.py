"""The Dutch names of the OpenAPI document's schemas.

The Python classes keep the code's names (`VerbondenPartijRead`, `Page[...]`); the document,
and every client generated from it, gets one unique Dutch name per schema: the read model is
the thing itself (`VerbondenPartij`), what a POST takes is `...Nieuw`, a PATCH body
`...Wijziging`, a page of a collection `...Lijst`. Each schema's `title` is its name, so
generators that name enums by title (openapi-python-client) find no two alike.
"""

import re

# Where the rule below would give a name that is taken, English or meaningless.
EXPLICIT = {
    "Actie": "VoortgangsrapportageActie",
    "AppVerbeterplanModelsBron": "AanbevelingBron",
    "BronInput": "AanbevelingBron",  # the same enum, in its input form
    "AppWgrCalendarBron": "TermijnBron",
    "AppServicenormenModelsEenheid": "NormEenheid",
    "AppServicenormenModelsRichting": "NormRichting",
    "AppIv3RecordsEenheid": "Iv3Eenheid",
    "AppIv3KengetallenRichting": "KengetalRichting",
    "Status": "TermijnStatus",
    "EigenTermijn": "EigenTermijnInvoer",
    "Zetel": "ZetelInvoer",
    "NormOutcome": "NormUitkomst",
    "NormOutcomeSummary": "NormUitkomstOverzicht",
    "RisicoSummary": "RisicoOverzicht",
    "TimelinessSummary": "TijdigheidOverzicht",
    "Problem": "Probleem",
}
SUFFIXES = (
    ("Read", ""),
    ("Created", "Aangemaakt"),
    ("Create", "Nieuw"),
    ("Update", "Wijziging"),
    ("Patch", "Wijziging"),
    ("Input", "Invoer"),
)


def dutch_name(name: str) -> str:
    """`PageVerbondenPartijRead` → `VerbondenPartijLijst`, `RisicoCreate` → `RisicoNieuw`."""
    if name in EXPLICIT:
        return EXPLICIT[name]
    if page := re.fullmatch(r"Page([A-Z]\w*)", name):
        return dutch_name(page.group(1)) + "Lijst"
    for suffix, replacement in SUFFIXES:
        if name.endswith(suffix) and name != suffix:
            return name.removesuffix(suffix) + replacement
    return name
