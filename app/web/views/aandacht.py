""" "What needs your attention" at the top of the overview: per kind, the parties (or status
reports) that need something of the signed-in person. Pure: from the overview rows the
caller may see and the status reports the caller may read."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from app.auth.roles import Rol
from app.dashboard.schemas import DashboardRij
from app.web import urls
from app.web.formatting import datum, periode
from app.wgr.calendar import DocumentSoort

WGR_VOORUIT = timedelta(weeks=6)  # a Wgr document due within this is worth a mention
WGR_NAMEN = {
    DocumentSoort.KADERS: "kaderbrief",
    DocumentSoort.ONTWERPBEGROTING: "ontwerpbegroting",
    DocumentSoort.BEGROTING: "vastgestelde begroting",
    DocumentSoort.BEGROTINGSWIJZIGING: "begrotingswijziging",
    DocumentSoort.VOORLOPIGE_JAARREKENING: "voorlopige jaarrekening",
    DocumentSoort.JAARREKENING: "vastgestelde jaarrekening",
}


@dataclass(frozen=True)
class Rapport:
    """A status report that waits for someone: its id, party and half-year."""

    id: uuid.UUID
    verbonden_partij_id: uuid.UUID
    periode: str


@dataclass(frozen=True)
class Punt:
    """One line: about a party (`partij`), what is the matter (`tekst`), where to act."""

    partij: str
    tekst: str
    href: str


@dataclass(frozen=True)
class Groep:
    titel: str
    punten: list[Punt]


def _meervoud(aantal: int, enkel: str, meer: str) -> str:
    return f"{aantal} {enkel if aantal == 1 else meer}"


def _partner_reports(rows: Sequence[DashboardRij]) -> list[Punt]:
    punten = []
    for row in rows:
        delen = []
        if row.aantal_te_laat:
            delen.append(_meervoud(row.aantal_te_laat, "periode te laat", "perioden te laat"))
        if row.aantal_ontbrekend:
            delen.append(
                _meervoud(row.aantal_ontbrekend, "periode ontbreekt", "perioden ontbreken")
            )
        if delen:
            tekst = " en ".join(delen) + " (dit en vorig halfjaar)"
            punten.append(Punt(row.naam, tekst, urls.verbonden_partij(row.verbonden_partij_id)))
    return punten


def _reports(rows: Sequence[DashboardRij], reports: Sequence[Rapport], tekst: str) -> list[Punt]:
    names = {row.verbonden_partij_id: row.naam for row in rows}
    return [
        Punt(
            names[r.verbonden_partij_id],
            f"{tekst} ({periode(r.periode)})",
            urls.voortgangsrapportage(r.id),
        )
        for r in reports
        if r.verbonden_partij_id in names
    ]


def _actions(rows: Sequence[DashboardRij]) -> list[Punt]:
    return [
        Punt(
            row.naam,
            _meervoud(
                row.acties_achterstallig,
                "actie over de geplande datum",
                "acties over de geplande datum",
            ),
            urls.verbonden_partij(row.verbonden_partij_id),
        )
        for row in rows
        if row.acties_achterstallig
    ]


def _wgr(rows: Sequence[DashboardRij], today: date) -> list[Punt]:
    punten = []
    for row in rows:
        href = urls.verbonden_partij(row.verbonden_partij_id)
        if row.wgr_achterstallig:
            tekst = _meervoud(
                row.wgr_achterstallig, "document niet ontvangen", "documenten niet ontvangen"
            )
            punten.append(Punt(row.naam, f"{tekst} na de wettelijke datum", href))
        due = row.volgende_wgr_datum
        if row.volgende_wgr_document and due and due <= today + WGR_VOORUIT:
            naam = WGR_NAMEN.get(row.volgende_wgr_document, row.volgende_wgr_document.value)
            punten.append(Punt(row.naam, f"{naam} verwacht uiterlijk {datum(due)}", href))
    return punten


def attention(
    rol: Rol,
    rows: Sequence[DashboardRij],
    teruggestuurd: Sequence[Rapport],
    ingediend: Sequence[Rapport],
    today: date,
) -> list[Groep]:
    """The kinds with something in them, in this order: what waits for the MT's judgement
    (MT only), status reports returned by the MT, partner reports late or missing, overdue
    actions, Wgr documents overdue or due within six weeks."""
    groups = []
    if rol is Rol.MT:
        groups.append(
            Groep(
                "Wacht op uw oordeel", _reports(rows, ingediend, "voortgangsrapportage ingediend")
            )
        )
    groups += [
        Groep(
            "Teruggestuurde voortgangsrapportages",
            _reports(rows, teruggestuurd, "teruggestuurd door het MT"),
        ),
        Groep("Rapportages van partners te laat of ontbrekend", _partner_reports(rows)),
        Groep("Acties over de geplande datum", _actions(rows)),
        Groep("Wgr-documenten", _wgr(rows, today)),
    ]
    return [group for group in groups if group.punten]
