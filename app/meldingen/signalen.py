"""What is due or late for one municipality today, from the services that own each rule:
partner reports missing past their deadline (rapportages.timeliness), Wgr documents due or
overdue and zienswijze windows closing (wgr.calendar), overdue actions (verbeterplan.overdue),
round deadlines with reports not yet submitted (rapportagerondes). Each signal may carry the
event the scheduled check publishes, and says whether it belongs in today's digest."""

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.core.periods import Periode
from app.dossier.summaries import overdue_reviews
from app.gebruikers.voorkeuren import MeldingSoort
from app.meldingen import access, repository
from app.outbox import types
from app.rapportagerondes import overview
from app.rapportages.summaries import timeliness_between
from app.rapportages.timeliness import Tijdigheid
from app.verbonden_partijen.visibility import party_ids_readable_by
from app.voortgang import service as voortgang
from app.wgr import calendar
from app.wgr import service as wgr

HORIZON = timedelta(days=14)  # "due within 14 days"
LATE_MEMORY = timedelta(days=365)  # overdue documents older than this no longer nag
RONDE_REMINDERS = (14, 3)  # days before a round's deadline


@dataclass(frozen=True)
class Melding:
    """The event a scheduled check publishes, once per `soort`, `sleutel` and `dag`."""

    type: str
    sleutel: str
    dag: date
    subject: uuid.UUID
    dataref: str
    data: dict[str, Any]
    verbonden_partij_id: uuid.UUID | None = None
    organisatie_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Signaal:
    soort: MeldingSoort
    tekst: str
    pad: str  # the web page under the public URL
    verbonden_partij_id: uuid.UUID | None = None
    eigenaar: str | None = None
    in_overzicht: bool = True
    melding: Melding | None = None


@dataclass
class Stand:
    """One municipality's signals; timeliness per party is shared across municipalities."""

    organisatie_id: uuid.UUID
    signalen: list[Signaal] = field(default_factory=list)


TimelinessCache = dict[uuid.UUID, list[tuple[str, date, int]]]


async def stand(
    session: AsyncSession, organisatie_id: uuid.UUID, today: date, cache: TimelinessCache
) -> Stand:
    """Everything due or late for the municipality today."""
    reader = access.municipality_reader(organisatie_id)
    parties = await repository.readable_parties(session, party_ids_readable_by(reader), today)
    result = Stand(organisatie_id)
    for party_id, naam in parties:
        result.signalen += await _late_reports(session, party_id, naam, today, cache)
    result.signalen += await _wgr(session, reader, today)
    result.signalen += await _actions(session, organisatie_id, today)
    result.signalen += await _rounds(session, organisatie_id, today)
    result.signalen += await _dossier(session, organisatie_id, dict(parties), today)
    return result


async def _late_reports(
    session: AsyncSession, party_id: uuid.UUID, naam: str, today: date, cache: TimelinessCache
) -> list[Signaal]:
    if party_id not in cache:
        current = Periode.half_year_of(today)
        summary = await timeliness_between(session, party_id, current.previous(), current, today)
        missing: dict[tuple[str, date], int] = {}
        for regel in summary.regels:
            if regel.status is Tijdigheid.ontbrekend:
                key = (str(regel.periode), regel.deadline)
                missing[key] = missing.get(key, 0) + 1
        cache[party_id] = [(periode, due, count) for (periode, due), count in missing.items()]
    return [
        Signaal(
            MeldingSoort.RAPPORTAGE_TE_LAAT,
            f"{naam}: rapportage over {periode} ontbreekt "
            f"({count} normen; uiterlijk {due:%d-%m-%Y})",
            f"/verbonden-partijen/{party_id}",
            party_id,
            melding=Melding(
                types.RAPPORTAGE_TE_LAAT,
                f"{party_id}:{periode}",
                due,
                party_id,
                f"/verbonden-partijen/{party_id}/rapportages",
                {
                    "verbondenPartijId": str(party_id),
                    "periode": periode,
                    "deadline": str(due),
                    "aantalNormen": count,
                },
                verbonden_partij_id=party_id,
            ),
        )
        for periode, due, count in cache[party_id]
    ]


async def _wgr(session: AsyncSession, reader: Principal, today: date) -> list[Signaal]:
    found: list[Signaal] = []
    for jaar in range(today.year - 1, today.year + 3):
        kalender = await wgr.wgr_calendar(session, reader, jaar)
        for partij in kalender.verbonden_partijen:
            for termijn in partij.termijnen:
                found += _document(
                    partij.verbonden_partij.id,
                    partij.verbonden_partij.naam,
                    termijn.soort,
                    jaar,
                    termijn.uiterlijk,
                    termijn.ontvangen_op,
                    today,
                )
            found += _zienswijze(
                partij.verbonden_partij.id,
                partij.verbonden_partij.naam,
                jaar,
                partij.zienswijze.uiterlijk,
                today,
            )
    return found


def _document(
    party_id: uuid.UUID,
    naam: str,
    soort: calendar.DocumentSoort,
    jaar: int,
    uiterlijk: date,
    ontvangen: date | None,
    today: date,
) -> list[Signaal]:
    state = calendar.status(uiterlijk, ontvangen, today)
    if state is calendar.Status.VERWACHT and uiterlijk - today <= HORIZON:
        type_, tekst = types.WGR_DOCUMENT_VERWACHT, "verwacht uiterlijk"
    elif state is calendar.Status.ACHTERSTALLIG and today - uiterlijk <= LATE_MEMORY:
        type_, tekst = types.WGR_DOCUMENT_TE_LAAT, "te laat; was uiterlijk"
    else:
        return []
    label = soort.value.replace("_", " ")
    data = {
        "verbondenPartijId": str(party_id),
        "soort": soort.value,
        "jaar": jaar,
        "uiterlijk": str(uiterlijk),
    }
    return [
        Signaal(
            MeldingSoort.WGR_DOCUMENT,
            f"{naam}: {label} {jaar} {tekst} {uiterlijk:%d-%m-%Y}",
            f"/verbonden-partijen/{party_id}",
            party_id,
            melding=Melding(
                type_,
                f"{party_id}:{soort.value}:{jaar}",
                uiterlijk,
                party_id,
                f"/verbonden-partijen/{party_id}/documenten",
                data,
                verbonden_partij_id=party_id,
            ),
        )
    ]


def _zienswijze(
    party_id: uuid.UUID, naam: str, jaar: int, uiterlijk: date, today: date
) -> list[Signaal]:
    if not timedelta(0) <= uiterlijk - today <= HORIZON:
        return []
    data = {"verbondenPartijId": str(party_id), "jaar": jaar, "uiterlijk": str(uiterlijk)}
    return [
        Signaal(
            MeldingSoort.ZIENSWIJZE_TERMIJN,
            f"{naam}: zienswijze op de ontwerpbegroting {jaar} uiterlijk {uiterlijk:%d-%m-%Y}",
            f"/verbonden-partijen/{party_id}",
            party_id,
            melding=Melding(
                types.WGR_ZIENSWIJZE_NADERT,
                f"{party_id}:{jaar}",
                uiterlijk,
                party_id,
                f"/verbonden-partijen/{party_id}/documenten",
                data,
                verbonden_partij_id=party_id,
            ),
        )
    ]


async def _actions(session: AsyncSession, organisatie_id: uuid.UUID, today: date) -> list[Signaal]:
    rows = await repository.overdue_actions(session, organisatie_id, today)
    return [
        Signaal(
            MeldingSoort.ACTIE_ACHTERSTALLIG,
            f"Actie achterstallig sinds {planning:%d-%m-%Y}: {omschrijving[:120]}",
            "/verbeterplan",
            eigenaar=eigenaar,
            melding=Melding(
                types.ACTIE_ACHTERSTALLIG,
                str(actie_id),
                planning,
                actie_id,
                f"/aanbevelingen/{aanbeveling_id}/acties",
                {
                    "actieId": str(actie_id),
                    "aanbevelingId": str(aanbeveling_id),
                    "planning": str(planning),
                },
                organisatie_id=organisatie_id,
            ),
        )
        for actie_id, aanbeveling_id, omschrijving, eigenaar, planning in rows
    ]


async def _rounds(session: AsyncSession, organisatie_id: uuid.UUID, today: date) -> list[Signaal]:
    found: list[Signaal] = []
    current = Periode.half_year_of(today)
    for periode in (current.previous(), current):
        ronde = await voortgang.round_for_period(session, organisatie_id, periode)
        if ronde is None or (ronde.deadline - today).days > max(RONDE_REMINDERS):
            continue
        open_lines = [
            line
            for line in await overview.round_lines(session, ronde)
            if line.rapportage is None or line.rapportage.ingediend_op is None
        ]
        if open_lines:
            found += _round_signals(ronde, open_lines, today)
    return found


def _round_signals(ronde: Any, open_lines: list[overview.RondeRegel], today: date) -> list[Signaal]:
    days = (ronde.deadline - today).days
    if days < 0:
        type_, band = types.RONDE_DEADLINE_VERSTREKEN, "verstreken"
    else:
        type_, band = types.RONDE_DEADLINE_NADERT, str(min(d for d in RONDE_REMINDERS if days <= d))
    data = {
        "rapportagerondeId": str(ronde.id),
        "periode": ronde.periode,
        "deadline": str(ronde.deadline),
        "nietIngediend": len(open_lines),
    }
    melding = Melding(
        f"{type_}",
        f"{ronde.id}:{band}",
        ronde.deadline,
        ronde.id,
        f"/rapportagerondes/{ronde.id}",
        data,
        organisatie_id=ronde.organisatie_id,
    )
    signals = [
        Signaal(
            MeldingSoort.RONDE_DEADLINE,
            f"{line.partij.naam}: voortgangsrapportage {ronde.periode} nog niet ingediend "
            f"(deadline {ronde.deadline:%d-%m-%Y})",
            f"/rapportagerondes/{ronde.id}",
            line.partij.id,
            in_overzicht=days in RONDE_REMINDERS,
        )
        for line in open_lines
    ]
    return [
        Signaal(MeldingSoort.RONDE_DEADLINE, "", "", in_overzicht=False, melding=melding),
        *signals,
    ]


async def _dossier(
    session: AsyncSession, organisatie_id: uuid.UUID, names: dict[uuid.UUID, str], today: date
) -> list[Signaal]:
    """Overdue reviews of the dossier documents the municipality sees: an event of its own
    per document and due date (a shared document's reaches each participant separately)."""
    return [
        Signaal(
            MeldingSoort.DOSSIER_BEOORDELING,
            f'{names[item.verbonden_partij_id]}: beoordeling van "{item.titel[:120]}" verlopen '
            f"sinds {item.volgende_beoordeling_op:%d-%m-%Y}",
            f"/verbonden-partijen/{item.verbonden_partij_id}/dossier",
            item.verbonden_partij_id,
            eigenaar=item.eigenaar,
            melding=Melding(
                types.DOSSIER_BEOORDELING_VERLOPEN,
                f"{organisatie_id}:{item.stuk_id}",
                item.volgende_beoordeling_op,
                item.stuk_id,
                f"/verbonden-partijen/{item.verbonden_partij_id}/dossierstukken/{item.stuk_id}",
                {
                    "verbondenPartijId": str(item.verbonden_partij_id),
                    "dossierstukId": str(item.stuk_id),
                    "volgendeBeoordelingOp": str(item.volgende_beoordeling_op),
                },
                verbonden_partij_id=item.verbonden_partij_id,
                organisatie_id=organisatie_id,
            ),
        )
        for item in await overdue_reviews(session, organisatie_id, list(names), today)
    ]
