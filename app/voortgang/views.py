"""Status reports, their versions and steps, rendered into the API schemas."""

from typing import Any

from app.voortgang.content import content_of
from app.voortgang.models import RapportageOvergang, RapportageVersie, Voortgangsrapportage
from app.voortgang.schemas import (
    Beoordeling,
    Overgang,
    RapportageInhoud,
    RapportageVersieRead,
    VoortgangsrapportageDetail,
    VoortgangsrapportageRead,
)
from app.voortgang.workflow import Actie

META_FIELDS = (
    "id",
    "verbonden_partij_id",
    "periode",
    "status",
    "mt_opmerking",
    "ingediend_op",
    "goedgekeurd_op",
    "versie",
    "aangemaakt_op",
    "gewijzigd_op",
)


def _fields(report: Voortgangsrapportage) -> dict[str, Any]:
    meta = {name: getattr(report, name) for name in META_FIELDS}
    return {**content_of(report), **meta, "te_laat": report.telaat}


def report_read(report: Voortgangsrapportage) -> VoortgangsrapportageRead:
    return VoortgangsrapportageRead.model_validate(_fields(report))


def report_detail(
    report: Voortgangsrapportage, steps: list[RapportageOvergang]
) -> VoortgangsrapportageDetail:
    return VoortgangsrapportageDetail.model_validate(
        {
            **_fields(report),
            "snapshot": report.snapshot,
            "historie": [_step(step) for step in steps],
        }
    )


def _step(step: RapportageOvergang) -> Overgang:
    return Overgang(
        tijdstip=step.tijdstip,
        actie=step.actie,
        van=step.van,
        naar=step.naar,
        door=step.actor_naam,
        rol=step.actor_rol,
        versie=step.versie_volgnummer,
        toelichting=step.toelichting,
    )


def content_document(report: Voortgangsrapportage) -> dict[str, Any]:
    """The content as the JSON a version stores (and the API shows)."""
    return RapportageInhoud.model_validate(content_of(report)).model_dump(
        mode="json", by_alias=True
    )


def version_read(
    version: RapportageVersie, steps: list[RapportageOvergang]
) -> RapportageVersieRead:
    decision = next(
        (
            step
            for step in steps
            if step.versie_volgnummer == version.volgnummer
            and step.actie in {Actie.GOEDKEUREN, Actie.TERUGSTUREN}
        ),
        None,
    )
    return RapportageVersieRead(
        volgnummer=version.volgnummer,
        ingediend_op=version.ingediend_op,
        ingediend_door=version.ingediend_door_naam,
        te_laat=version.telaat,
        inhoud=RapportageInhoud.model_validate(version.inhoud),
        beoordeling=None
        if decision is None
        else Beoordeling(
            actie=decision.actie,
            door=decision.actor_naam,
            tijdstip=decision.tijdstip,
            toelichting=decision.toelichting,
        ),
    )
