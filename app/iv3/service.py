"""Use cases of Iv3 deliveries: take a file, read deliveries back, the key ratios and the
municipality's signal values."""

import uuid
from collections.abc import Sequence
from functools import partial
from typing import Any

import anyio
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.begrotingen import service as begrotingen
from app.core import audit
from app.core.errors import InvalidInput, InvalidParam, NotFound, Unprocessable
from app.core.pagination import PageOf, PageRequest, fetch_page
from app.iv3 import repository
from app.iv3.budget_fill import Levering, Vulling
from app.iv3.definitions import available, definition
from app.iv3.figures import Cijfers
from app.iv3.intake import Bestand, read_file
from app.iv3.kengetallen import DEFAULTS, SOURCE, Reeks, Richting, Signaalwaarde, series
from app.iv3.models import Iv3Levering, Iv3Status, KengetalSignaalwaarde
from app.iv3.records import Eenheid
from app.iv3.schemas import (
    BegrotingGevuld,
    CijfersRead,
    IngediendDoor,
    Iv3LeveringRead,
    Iv3Ontvangst,
    KengetallenRead,
    KengetalRead,
    KengetalSignaal,
    SignaalwaardenInput,
    SignaalwaardenRead,
    SignaalwaardeRead,
    TotalenRead,
    WaarnemingRead,
)
from app.verbonden_partijen.models import BbvCategorie, VerbondenPartij
from app.verbonden_partijen.service import get_party, require_director

GR = "GR"
SIGNAL_AUDIT_ENTITEIT = "kengetal_signaalwaarden"


async def require_sender(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID
) -> VerbondenPartij:
    """The partner of this very party (another id is 404), its regievoerder or a beheerder of
    a participating municipality."""
    if principal.is_partner:
        if principal.verbonden_partij_id != party_id:
            raise NotFound("verbonden partij")
        return await get_party(session, principal, party_id)
    return await require_director(session, principal, party_id)


async def receive_delivery(
    session: AsyncSession,
    principal: Principal,
    party_id: uuid.UUID,
    content: bytes,
    eenheid: Eenheid,
    idempotency_key: str | None,
) -> tuple[Iv3Ontvangst, bool]:
    """Check the file whole, then store it as the next revision for its year and periode and
    fill the budget year; True when it was new. The same file again, or a retry with the same
    Idempotency-Key, stores and changes nothing."""
    party = await require_sender(session, principal, party_id)
    if principal.is_partner and not idempotency_key:
        raise InvalidInput.field(
            "Idempotency-Key", "Required for partner accounts: send a unique key, e.g. a UUID."
        )
    bestand = await anyio.to_thread.run_sync(partial(read_file, content, eenheid))
    problems = bestand.problems + _party_problems(party, bestand.metadata)
    if problems or bestand.cijfers is None:
        raise InvalidInput.fields(problems)
    if idempotency_key and principal.gebruiker_id is not None:
        earlier = await repository.by_key(session, principal.gebruiker_id, idempotency_key)
        if earlier is not None:
            if (
                earlier.inhoud_hash != bestand.inhoud_hash
                or earlier.verbonden_partij_id != party_id
            ):
                raise Unprocessable(
                    "This Idempotency-Key was used for a different delivery; use a new key."
                )
            return _receipt(earlier, ongewijzigd=True), False
    boekjaar, periode = int(bestand.metadata["boekjaar"]), int(bestand.metadata["periode"])
    previous = await repository.latest_revision(session, party_id, boekjaar, periode)
    if previous is not None and previous.inhoud_hash == bestand.inhoud_hash:
        return _receipt(previous, ongewijzigd=True), False
    levering = await _store(
        session, principal, party_id, bestand, eenheid, previous, idempotency_key
    )
    return _receipt(levering, ongewijzigd=False), True


async def _store(
    session: AsyncSession,
    principal: Principal,
    party_id: uuid.UUID,
    bestand: Bestand,
    eenheid: Eenheid,
    previous: Iv3Levering | None,
    idempotency_key: str | None,
) -> Iv3Levering:
    metadata, figures = bestand.metadata, bestand.cijfers
    assert figures is not None  # noqa: S101 - a checked file has its figures
    status = Iv3Status(str(metadata["status"]).lower())
    fill = Vulling(
        Levering(int(metadata["boekjaar"]), int(metadata["periode"]), status, figures), []
    )
    begroting, _ = await begrotingen.fill_budget(
        session, principal, party_id, int(metadata["boekjaar"]), fill
    )
    levering = Iv3Levering(
        verbonden_partij_id=party_id,
        boekjaar=int(metadata["boekjaar"]),
        periode=int(metadata["periode"]),
        status=status,
        eenheid=eenheid,
        overheidslaag=metadata["overheidslaag"],
        overheidsnummer=metadata["overheidsnummer"],
        overheidsnaam=metadata["overheidsnaam"][:200],
        datum=metadata["datum"][:40],
        revisie=previous.revisie + 1 if previous else 1,
        vervangt_id=previous.id if previous else None,
        inhoud_hash=bestand.inhoud_hash,
        aantal_regels=len(bestand.regels),
        samenvatting=summary_of(figures, begroting.jaar, begroting.versie, fill.velden),
        ingediend_door_id=principal.gebruiker_id,
        ingediend_door_naam=principal.naam[:200],
        ingediend_door_rol=principal.rol_naam,
        idempotentie_sleutel=idempotency_key,
    )
    session.add(levering)
    await session.flush()
    await repository.insert_records(session, levering.id, bestand.regels)
    snapshot = audit.snapshot(levering)
    snapshot.pop("samenvatting", None)
    await audit.record(
        session,
        principal,
        actie="ontvangen",
        entiteit=repository.AUDIT_ENTITEIT,
        entiteit_id=levering.id,
        voor=None,
        na={**snapshot, **levering.samenvatting},
        verbonden_partij_id=party_id,
        gedeeld=True,
    )
    return levering


def _party_problems(party: VerbondenPartij, metadata: dict[str, Any]) -> list[InvalidParam]:
    """The delivery's `overheidslaag` and `overheidsnummer` must be this party's."""
    problems = []
    laag, nummer = metadata.get("overheidslaag"), metadata.get("overheidsnummer")
    if laag == GR and party.bbv_categorie is not BbvCategorie.GEMEENSCHAPPELIJKE_REGELING:
        problems.append(
            InvalidParam(
                "metadata.overheidslaag", "This party is not a gemeenschappelijke regeling."
            )
        )
    elif isinstance(laag, str) and laag != GR:
        problems.append(
            InvalidParam("metadata.overheidslaag", "A verbonden partij delivers as GR.")
        )
    if isinstance(nummer, str):
        if party.cbs_nummer is None:
            problems.append(
                InvalidParam(
                    "metadata.overheidsnummer",
                    "The party has no cbsNummer yet; set it (PATCH /verbonden-partijen/{id}) "
                    "before its first delivery.",
                )
            )
        elif nummer.lstrip("0") != party.cbs_nummer.lstrip("0"):
            problems.append(
                InvalidParam(
                    "metadata.overheidsnummer",
                    f"Not this party's CBS number ({party.cbs_nummer}).",
                )
            )
    return problems


def summary_of(figures: Cijfers, jaar: int, versie: int, velden: list[str]) -> dict[str, Any]:
    before, after, vermogen = figures.voor_reserves, figures.na_reserves, figures.vermogen
    cijfers = CijfersRead(
        voor_reserves=TotalenRead(lasten=before.lasten, baten=before.baten, saldo=before.saldo),
        na_reserves=TotalenRead(lasten=after.lasten, baten=after.baten, saldo=after.saldo),
        eigen_vermogen_begin=vermogen.eigen_vermogen_begin,
        eigen_vermogen_einde=vermogen.eigen_vermogen_einde,
        vreemd_vermogen_begin=vermogen.vreemd_vermogen_begin,
        vreemd_vermogen_einde=vermogen.vreemd_vermogen_einde,
    )
    begroting = BegrotingGevuld(jaar=jaar, versie=versie, velden=velden)
    return {
        "cijfers": cijfers.model_dump(mode="json", by_alias=True),
        "begroting": begroting.model_dump(mode="json", by_alias=True),
    }


def delivery_view(levering: Iv3Levering) -> Iv3LeveringRead:
    return Iv3LeveringRead(
        id=levering.id,
        verbonden_partij_id=levering.verbonden_partij_id,
        boekjaar=levering.boekjaar,
        periode=levering.periode,
        status=levering.status,
        eenheid=levering.eenheid,
        overheidsnummer=levering.overheidsnummer,
        overheidsnaam=levering.overheidsnaam,
        revisie=levering.revisie,
        vervangt=levering.vervangt_id,
        ontvangen_op=levering.ontvangen_op,
        ingediend_door=IngediendDoor(
            naam=levering.ingediend_door_naam, rol=levering.ingediend_door_rol
        ),
        aantal_regels=levering.aantal_regels,
        cijfers=CijfersRead.model_validate(levering.samenvatting["cijfers"]),
        begroting=BegrotingGevuld.model_validate(levering.samenvatting["begroting"]),
    )


def _receipt(levering: Iv3Levering, *, ongewijzigd: bool) -> Iv3Ontvangst:
    return Iv3Ontvangst(**dict(delivery_view(levering)), ongewijzigd=ongewijzigd)


async def list_deliveries(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID, page: PageRequest
) -> PageOf[Iv3Levering]:
    """Every delivery of a party the caller sees, superseded ones too, newest first."""
    await get_party(session, principal, party_id)
    return await fetch_page(session, repository.deliveries_of_party(party_id), page)


async def get_delivery(
    session: AsyncSession, principal: Principal, levering_id: uuid.UUID
) -> Iv3LeveringRead:
    """A delivery of a party the caller sees (else 404)."""
    levering = await repository.delivery(session, levering_id)
    if levering is None:
        raise NotFound("iv3-levering")
    try:
        await get_party(session, principal, levering.verbonden_partij_id)
    except NotFound:
        raise NotFound("iv3-levering") from None
    return delivery_view(levering)


async def signal_values_of(
    session: AsyncSession, organisatie_id: uuid.UUID | None
) -> dict[str, Signaalwaarde]:
    """A municipality's signal values over the defaults (the defaults for None: a partner)."""
    values = dict(DEFAULTS)
    if organisatie_id is None:
        return values
    for stored in await repository.signal_values(session, organisatie_id):
        default = DEFAULTS[stored.kengetal]
        values[stored.kengetal] = Signaalwaarde(
            stored.kengetal, default.richting, stored.grens_a, stored.grens_c
        )
    return values


async def key_ratio_series(
    session: AsyncSession, organisatie_id: uuid.UUID | None, party_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[Reeks]]:
    """Per party its key ratios per report period, judged for the municipality (the defaults
    for None). Two queries whatever the number of parties; the caller checks visibility."""
    rows = await repository.current_kengetallen(session, party_ids)
    signaalwaarden = await signal_values_of(session, organisatie_id)
    per_party: dict[uuid.UUID, list[tuple[str, str, str]]] = {}
    for party, verslagperiode, kengetal, waarde in rows:
        per_party.setdefault(party, []).append((verslagperiode, kengetal, waarde))
    return {party: series(values, signaalwaarden) for party, values in per_party.items()}


async def red_ratios(
    session: AsyncSession, organisatie_id: uuid.UUID, party_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[KengetalSignaal]]:
    """Per party the key ratios whose latest value is in category C for this municipality
    (for the dashboard, the BBV paragraph and the status report's proposal)."""
    names = _ratio_names()
    found = await key_ratio_series(session, organisatie_id, party_ids)
    return {
        party: [
            _signal_of(reeks, names.get(reeks.kengetal, reeks.kengetal))
            for reeks in reeksen
            if reeks.rood
        ]
        for party, reeksen in found.items()
    }


def _signal_of(reeks: Reeks, omschrijving: str) -> KengetalSignaal:
    laatste = reeks.laatste
    assert laatste is not None  # noqa: S101 - a red series has a latest value
    return KengetalSignaal(
        kengetal=reeks.kengetal,
        omschrijving=omschrijving,
        verslagperiode=laatste.verslagperiode,
        waarde=laatste.waarde,
        signaalwaarde=reeks.signaal.grens_c,
        richting=reeks.signaal.richting,
    )


def signal_sentence(signaal: KengetalSignaal) -> str:
    """One line in Dutch for a report: `Netto schuldquote (Rek_2025) 134,2 %: categorie C
    (signaalwaarde: boven 130 %).`"""
    waarde = f"{signaal.waarde}".replace(".", ",")
    grens = f"{signaal.signaalwaarde.normalize():f}".replace(".", ",")
    kant = "boven" if signaal.richting is Richting.hoger_is_slechter else "onder"
    return (
        f"{signaal.omschrijving} ({signaal.verslagperiode}) {waarde} %: categorie C "
        f"(signaalwaarde: {kant} {grens} %)."
    )


async def key_ratios(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID
) -> KengetallenRead:
    """The key ratios a party delivered, per report period with trend and category."""
    await get_party(session, principal, party_id)
    tenant = None if principal.is_partner else principal.tenant_id
    reeksen = (await key_ratio_series(session, tenant, [party_id])).get(party_id, [])
    names = _ratio_names()
    return KengetallenRead(
        verbonden_partij_id=party_id,
        kengetallen=[
            _reeks_view(reeks, names.get(reeks.kengetal, reeks.kengetal)) for reeks in reeksen
        ],
        bron=SOURCE,
    )


def _ratio_names() -> dict[str, str]:
    """The key ratios' names in the newest year's definitions."""
    years = [jaar for laag, jaar in available() if laag == GR]
    newest = definition(GR, max(years)) if years else None
    return dict(newest.kengetallen) if newest else {}


def _reeks_view(reeks: Reeks, omschrijving: str) -> KengetalRead:
    waarnemingen = [
        WaarnemingRead.model_validate(w, from_attributes=True) for w in reeks.waarnemingen
    ]
    laatste = reeks.laatste
    return KengetalRead(
        kengetal=reeks.kengetal,
        omschrijving=omschrijving,
        signaalwaarde=_signal_view(reeks.signaal),
        waarnemingen=waarnemingen,
        laatste=None
        if laatste is None
        else WaarnemingRead.model_validate(laatste, from_attributes=True),
        rood=reeks.rood,
    )


def _signal_view(signaal: Signaalwaarde) -> SignaalwaardeRead:
    return SignaalwaardeRead(
        kengetal=signaal.kengetal,
        richting=signaal.richting,
        grens_a=signaal.grens_a,
        grens_c=signaal.grens_c,
        standaard=DEFAULTS.get(signaal.kengetal) == signaal,
    )


async def get_signal_values(session: AsyncSession, principal: Principal) -> SignaalwaardenRead:
    """Your municipality's signal values per key ratio, the defaults where you set none."""
    values = await signal_values_of(session, principal.tenant_id)
    return SignaalwaardenRead(
        signaalwaarden=[_signal_view(values[k]) for k in sorted(values)], bron=SOURCE
    )


async def put_signal_values(
    session: AsyncSession, beheerder: Principal, data: SignaalwaardenInput
) -> SignaalwaardenRead:
    """Set your municipality's own bounds (private to it); ratios left out take the defaults."""
    problems, seen = [], set()
    for index, item in enumerate(data.signaalwaarden):
        richting = DEFAULTS[item.kengetal].richting
        if item.kengetal in seen:
            problems.append(InvalidParam(f"signaalwaarden[{index}].kengetal", "Listed twice."))
        seen.add(item.kengetal)
        wrong_way = (
            item.grens_c < item.grens_a
            if richting is Richting.hoger_is_slechter
            else item.grens_c > item.grens_a
        )
        if wrong_way:
            problems.append(
                InvalidParam(
                    f"signaalwaarden[{index}].grensC",
                    "For this ratio higher is worse: grensC must be at least grensA."
                    if richting is Richting.hoger_is_slechter
                    else "For this ratio lower is worse: grensC must be at most grensA.",
                )
            )
    if problems:
        raise InvalidInput.fields(problems)
    before = await get_signal_values(session, beheerder)
    await repository.replace_signal_values(
        session,
        beheerder.tenant_id,
        [
            KengetalSignaalwaarde(
                organisatie_id=beheerder.tenant_id,
                kengetal=item.kengetal,
                grens_a=item.grens_a,
                grens_c=item.grens_c,
            )
            for item in data.signaalwaarden
        ],
    )
    after = await get_signal_values(session, beheerder)
    await audit.record(
        session,
        beheerder,
        actie="gewijzigd",
        entiteit=SIGNAL_AUDIT_ENTITEIT,
        entiteit_id=beheerder.tenant_id,
        voor=before.model_dump(mode="json", by_alias=True),
        na=after.model_dump(mode="json", by_alias=True),
    )
    return after
