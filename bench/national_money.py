"""The national data set's budgets (with the course of this year's forecast), improvement
plans, risks and Wgr documents."""

import uuid
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from national_context import Context, money
from national_copy import NOW


async def budgets(ctx: Context) -> None:
    this_year = ctx.day.year
    for index, gemeente in enumerate(ctx.gemeenten):
        if index % 3 == 0:
            ctx.copy.add(
                "afwijkingsdrempels",
                organisatie_id=gemeente.id,
                bedrag=Decimal(50_000),
                percentage=Decimal(3),
            )
    for party_id, members in ctx.participants.items():
        for jaar in range(this_year - 4, this_year + 1):
            budget(ctx, party_id, members, jaar, jaar == this_year)
    for table in ("afwijkingsdrempels", "begrotingen", "begroting_bijdragen"):
        await ctx.copy.flush(table)
    await ctx.copy.flush("audit_gebeurtenissen")


def budget(
    ctx: Context,
    party_id: uuid.UUID,
    members: list[tuple[uuid.UUID, Decimal]],
    jaar: int,
    current: bool,
) -> None:
    lasten = money(1_000, 50_000, ctx.rng)
    gewijzigd = lasten + money(-200, 800, ctx.rng)
    columns: dict[str, Any] = {
        "primitief_lasten": lasten,
        "primitief_baten": lasten,
        "na_wijziging_lasten": gewijzigd,
        "na_wijziging_baten": gewijzigd - money(0, 300, ctx.rng),
        "investeringen_begroot": money(100, 2_000, ctx.rng),
    }
    if current:
        columns["prognose_lasten"] = gewijzigd + money(-100, 600, ctx.rng)
        columns["prognose_baten"] = columns["na_wijziging_baten"]
    else:
        columns["realisatie_lasten"] = gewijzigd + money(-300, 500, ctx.rng)
        columns["realisatie_baten"] = columns["na_wijziging_baten"] + money(-50, 50, ctx.rng)
        columns["investeringen_realisatie"] = columns["investeringen_begroot"]
    budget_id = ctx.copy.add("begrotingen", verbonden_partij_id=party_id, jaar=jaar, **columns)
    bijdragen = []
    for organisatie_id, share in members:
        bedrag = (lasten * share / 100).quantize(Decimal("0.01"))
        ctx.copy.add(
            "begroting_bijdragen",
            begroting_id=budget_id,
            organisatie_id=organisatie_id,
            bedrag=bedrag,
        )
        bijdragen.append({"organisatie_id": str(organisatie_id), "bedrag": str(bedrag)})
    if current:
        course(ctx, budget_id, party_id, jaar, columns, bijdragen)


def course(
    ctx: Context,
    budget_id: uuid.UUID,
    party_id: uuid.UUID,
    jaar: int,
    columns: dict[str, Any],
    bijdragen: list[dict[str, str]],
) -> None:
    """Three stored versions of this year's budget, the forecast rising (audit trail)."""
    for versie in range(1, 4):
        snapshot = {key: str(value) for key, value in columns.items()}
        step = Decimal(versie - 3) * 50_000
        snapshot["prognose_lasten"] = str(columns["prognose_lasten"] + step)
        snapshot.update(
            id=str(budget_id),
            verbonden_partij_id=str(party_id),
            jaar=jaar,
            versie=versie,
            bijdragen=bijdragen,
        )
        ctx.copy.add(
            "audit_gebeurtenissen",
            tijdstip=NOW - timedelta(days=90 * (3 - versie)),
            actor_naam="Partner",
            actor_rol="partner",
            verbonden_partij_id=party_id,
            gedeeld=True,
            entiteit="begroting",
            entiteit_id=budget_id,
            actie="aangemaakt" if versie == 1 else "gewijzigd",
            na=snapshot,
        )


async def plans_and_risks(ctx: Context) -> None:
    for gemeente in ctx.gemeenten:
        for number in range(5):
            aanbeveling = ctx.copy.add(
                "aanbevelingen",
                organisatie_id=gemeente.id,
                bron="rekenkamer",
                deel=1,
                code=str(number + 1),
                tekst="Aanbeveling",
            )
            for party_id in ctx.rng.sample(gemeente.partijen, min(2, len(gemeente.partijen))):
                ctx.copy.add(
                    "aanbeveling_partijen",
                    aanbeveling_id=aanbeveling,
                    verbonden_partij_id=party_id,
                )
            for _ in range(2):
                ctx.copy.add(
                    "acties",
                    organisatie_id=gemeente.id,
                    aanbeveling_id=aanbeveling,
                    omschrijving="Actie",
                    planning=ctx.day + timedelta(days=ctx.rng.randint(-300, 300)),
                    status=ctx.rng.choice(["open", "in_uitvoering", "open"]),
                )
        for party_id in gemeente.partijen:
            for _ in range(ctx.rng.choice([0, 1, 1, 2, 3])):
                ctx.copy.add(
                    "risicos",
                    organisatie_id=gemeente.id,
                    verbonden_partij_id=party_id,
                    omschrijving="Risico",
                    kans=ctx.rng.randint(1, 5),
                    impact=ctx.rng.randint(1, 5),
                    financiele_omvang=money(10, 1_000, ctx.rng),
                    status="open",
                )
    for table in ("aanbevelingen", "aanbeveling_partijen", "acties", "risicos"):
        await ctx.copy.flush(table)


async def wgr(ctx: Context) -> None:
    kinds = [
        "kaders",
        "ontwerpbegroting",
        "begroting",
        "voorlopige_jaarrekening",
        "jaarrekening",
    ]
    for party_id in ctx.regelingen:
        if ctx.rng.random() < 0.1:
            ctx.copy.add(
                "wgr_termijnen",
                verbonden_partij_id=party_id,
                moment="vaststelling_begroting",
                maand=6,
                dag=15,
            )
        for jaar in range(ctx.day.year - 3, ctx.day.year + 1):
            for soort in kinds:
                if ctx.rng.random() < 0.9:
                    ctx.copy.add(
                        "ontvangen_documenten",
                        verbonden_partij_id=party_id,
                        soort=soort,
                        jaar=jaar,
                        ontvangen_op=date(jaar - 1, 4, 1),
                    )
    await ctx.copy.flush("wgr_termijnen")
    await ctx.copy.flush("ontvangen_documenten")
