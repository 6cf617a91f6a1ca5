"""The text of each mail, read with the recipient's own rights at the moment it is sent."""

from collections import defaultdict
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import Gebruiker
from app.gebruikers.voorkeuren import MeldingSoort
from app.meldingen import access
from app.meldingen.mail import Bericht, render
from app.outbox.models import Gebeurtenis
from app.verbonden_partijen import service as partijen
from app.voortgang import service as voortgang

TITELS = {
    MeldingSoort.RAPPORTAGE_TE_LAAT.value: "Rapportages van partners die ontbreken",
    MeldingSoort.WGR_DOCUMENT.value: "Wgr-documenten: binnen 14 dagen verwacht of te laat",
    MeldingSoort.ZIENSWIJZE_TERMIJN.value: "Zienswijzetermijnen die binnen 14 dagen sluiten",
    MeldingSoort.ACTIE_ACHTERSTALLIG.value: "Achterstallige acties",
    MeldingSoort.RONDE_DEADLINE.value: "Voortgangsrapportages die nog niet zijn ingediend",
    MeldingSoort.DOSSIER_BEOORDELING.value: "Dossierstukken waarvan de beoordeling is verlopen",
}


async def workflow(
    session: AsyncSession, account: Gebruiker, event: Gebeurtenis, public_url: str
) -> Bericht:
    """ingediend, teruggestuurd or goedgekeurd: which report, and a link to it."""
    principal = access.principal_of(account)
    report = await voortgang.get_report(session, principal, event.subject)
    party = await partijen.get_party(session, principal, report.verbonden_partij_id)
    return render(
        "workflow",
        soort=event.type.rsplit(".", 1)[1],
        naam=account.naam,
        partij=party.naam,
        periode=report.periode,
        toelichting=report.mt_opmerking,
        link=f"{public_url}/voortgangsrapportages/{report.id}",
    )


def digest(account: Gebruiker, inhoud: dict[str, Any], public_url: str) -> Bericht:
    """The day's items grouped by kind, each with a link to its page."""
    groups: dict[str, list[dict[str, str]]] = defaultdict(list)
    for item in inhoud["items"]:
        groups[item["soort"]].append({"tekst": item["tekst"], "link": f"{public_url}{item['pad']}"})
    return render(
        "dagoverzicht",
        naam=account.naam,
        datum=_dutch_date(inhoud["datum"]),
        items=inhoud["items"],
        groepen=[
            {"titel": TITELS.get(soort, soort), "regels": items} for soort, items in groups.items()
        ],
        overzicht=f"{public_url}/",
    )


def _dutch_date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}-{month}-{year}"
