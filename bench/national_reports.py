"""The national data set's norms, partner reports and status reports."""

import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from national_context import (
    NORMS_PER_PARTY,
    YEARS_OF_MEASUREMENTS,
    Context,
    half_years,
    quarters,
)
from national_copy import NOW

from app.core.periods import Periode
from app.servicenormen.models import Richting
from app.servicenormen.outcomes import judge
from app.servicenormen.terms import VersieTerms

Norm = tuple[uuid.UUID, list[VersieTerms]]  # a norm's id and its versions


async def norms_and_reports(ctx: Context) -> None:
    periods = quarters(YEARS_OF_MEASUREMENTS * 4, ctx.day)
    for party_id in ctx.participants:
        norms: list[Norm] = []
        for number in range(NORMS_PER_PARTY):
            norm_id = ctx.copy.add(
                "servicenormen",
                verbonden_partij_id=party_id,
                code=f"N{number:02d}",
                naam=f"Norm {number}",
                eenheid="percentage",
                frequentie="kwartaal",
            )
            ctx.copy.add(
                "servicenorm_versies",
                servicenorm_id=norm_id,
                geldig_vanaf=periods[0].start,
                doelwaarde=Decimal(90),
                tolerantie=Decimal(5),
                richting="hoger_is_beter",
            )
            versions = [
                VersieTerms(periods[0].start, Decimal(90), Decimal(5), Richting.hoger_is_beter)
            ]
            if ctx.rng.random() < 0.1:
                ctx.copy.add(
                    "servicenorm_versies",
                    servicenorm_id=norm_id,
                    geldig_vanaf=periods[8].start,
                    doelwaarde=Decimal(92),
                    tolerantie=Decimal(4),
                    richting="hoger_is_beter",
                )
                versions.append(
                    VersieTerms(periods[8].start, Decimal(92), Decimal(4), Richting.hoger_is_beter)
                )
            norms.append((norm_id, versions))
        for periode in periods:
            if ctx.rng.random() < 0.02:
                continue  # this quarter's report never came
            report(ctx, party_id, periode, norms)
    for table in ("servicenormen", "servicenorm_versies", "rapportages", "metingen"):
        await ctx.copy.flush(table)


def report(ctx: Context, party_id: uuid.UUID, periode: Periode, norms: list[Norm]) -> None:
    """A report with one or two revisions; the last one's measurements are current, each with
    its outcome stored as a push stores it."""
    received = datetime.combine(periode.end, datetime.min.time(), UTC) + timedelta(
        days=ctx.rng.randint(5, 40), hours=9
    )
    revisions = 2 if ctx.rng.random() < 0.03 else 1
    previous = None
    for revisie in range(1, revisions + 1):
        report_id = ctx.copy.add(
            "rapportages",
            verbonden_partij_id=party_id,
            periode=str(periode),
            periode_start=periode.start,
            soort="prestaties",
            revisie=revisie,
            vervangt_id=previous,
            ontvangen_op=received + timedelta(days=7 * (revisie - 1)),
            ingediend_door_rol="partner",
        )
        for norm_id, versions in norms:
            value = Decimal(str(round(min(100.0, max(50.0, ctx.rng.gauss(91, 4))), 1)))
            outcome = judge(versions, periode.start, value)
            ctx.copy.add(
                "metingen",
                rapportage_id=report_id,
                servicenorm_id=norm_id,
                periode=str(periode),
                periode_start=periode.start,
                periode_eind=periode.end,
                waarde=value,
                uitkomst=outcome.value if outcome else None,
                actueel=revisie == revisions,
            )
        previous = report_id


async def status_reports(ctx: Context) -> None:
    periods = half_years(YEARS_OF_MEASUREMENTS * 2, ctx.day)
    signs = ["+", "=", "=", "=", "-"]
    for gemeente in ctx.gemeenten:
        for periode in periods:
            deadline = periode.end + timedelta(days=31)
            ctx.copy.add(
                "rapportagerondes",
                organisatie_id=gemeente.id,
                periode=str(periode),
                deadline=deadline,
                monitoringsniveaus=[1, 2, 3],
            )
        for party_id in gemeente.partijen:
            for index, periode in enumerate(periods):
                latest = index == len(periods) - 1
                status = (
                    ctx.rng.choice(["concept", "ingediend", "goedgekeurd", "teruggestuurd"])
                    if latest
                    else "goedgekeurd"
                )
                submitted = None if status == "concept" else NOW - timedelta(days=30)
                ratings = {
                    f"{aspect}_oordeel": ctx.rng.choice(signs)
                    for aspect in (
                        "voortgang",
                        "inhoud",
                        "planning",
                        "financien",
                        "risicos",
                        "communicatie",
                    )
                }
                ctx.copy.add(
                    "voortgangsrapportages",
                    organisatie_id=gemeente.id,
                    verbonden_partij_id=party_id,
                    periode=str(periode),
                    status=status,
                    snapshot={},
                    telaat=ctx.rng.random() < 0.1,
                    ingediend_op=submitted,
                    goedgekeurd_op=submitted if status == "goedgekeurd" else None,
                    **ratings,
                )
    await ctx.copy.flush("rapportagerondes")
    await ctx.copy.flush("voortgangsrapportages")
