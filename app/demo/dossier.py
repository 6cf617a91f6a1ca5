"""De Connectie's dossier (seed 004, recommendation 7): the regeling as a stored PDF and the
DVO and annual report as links, shared by its penvoerder Arnhem; Arnhem's own handover
document (its review a couple of months overdue) and work instruction. Illustrative: the
documents are placeholders, the links example addresses."""

import hashlib
from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import today
from app.demo.accounts import DE_CONNECTIE
from app.demo.context import DemoContext
from app.dossier.file_types import PDF
from app.dossier.models import Dossierbestand, Dossiersoort, Dossierstuk, DossierZichtbaarheid

GEDEELD, EIGEN = DossierZichtbaarheid.GEDEELD, DossierZichtbaarheid.EIGEN
REGIEVOERDER = "Regievoerder De Connectie"


def placeholder_pdf(title: str) -> bytes:
    """A one-page PDF that says what it stands for, with a correct cross-reference table."""
    text = f"{title} - illustratief document van de VP Monitor-demo".encode("latin-1")
    stream = b"BT /F1 14 Tf 56 780 Td (" + text + b") Tj ET"
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
        b"/Resources<</Font<</F1 5 0 R>>>>>>",
        b"<</Length " + str(len(stream)).encode() + b">>stream\n" + stream + b"\nendstream",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer<</Size {len(objects) + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _months_ago(months: int) -> date:
    return today() - timedelta(days=round(months * 30.44))


async def load_dossier(session: AsyncSession, context: DemoContext) -> None:
    arnhem = context.gemeente("Arnhem")
    party = context.parties[DE_CONNECTIE]
    regeling_pdf = placeholder_pdf("Gemeenschappelijke regeling De Connectie")
    regeling = Dossierstuk(
        verbonden_partij_id=party.id,
        organisatie_id=arnhem.id,
        soort=Dossiersoort.REGELING,
        zichtbaarheid=GEDEELD,
        titel="Gemeenschappelijke regeling De Connectie",
        eigenaar="Secretaris De Connectie",
        laatst_beoordeeld_op=_months_ago(10),
        beoordelingsinterval_maanden=48,
        bestand_naam="regeling-de-connectie.pdf",
        bestand_type=PDF.media_type,
        bestand_grootte=len(regeling_pdf),
        bestand_sha256=hashlib.sha256(regeling_pdf).hexdigest(),
        bestand_versie=1,
    )
    overdracht_pdf = placeholder_pdf("Overdrachtsdocument regie De Connectie (Arnhem)")
    overdracht = Dossierstuk(
        verbonden_partij_id=party.id,
        organisatie_id=arnhem.id,
        soort=Dossiersoort.OVERDRACHTSDOCUMENT,
        zichtbaarheid=EIGEN,
        titel="Overdrachtsdocument regie De Connectie",
        eigenaar=REGIEVOERDER,
        laatst_beoordeeld_op=_months_ago(14),  # yearly review: a couple of months overdue
        beoordelingsinterval_maanden=12,
        bestand_naam="overdrachtsdocument-de-connectie.pdf",
        bestand_type=PDF.media_type,
        bestand_grootte=len(overdracht_pdf),
        bestand_sha256=hashlib.sha256(overdracht_pdf).hexdigest(),
        bestand_versie=1,
    )
    links = [
        Dossierstuk(
            verbonden_partij_id=party.id,
            organisatie_id=arnhem.id,
            soort=Dossiersoort.DVO,
            zichtbaarheid=GEDEELD,
            titel="Dienstverleningsovereenkomst 2026",
            eigenaar="Accountmanager De Connectie",
            laatst_beoordeeld_op=_months_ago(3),
            beoordelingsinterval_maanden=12,
            link="https://www.example.nl/de-connectie/dvo-2026.pdf",
        ),
        Dossierstuk(
            verbonden_partij_id=party.id,
            organisatie_id=arnhem.id,
            soort=Dossiersoort.JAARVERSLAG,
            zichtbaarheid=GEDEELD,
            titel="Jaarverslag 2025",
            link="https://www.example.nl/de-connectie/jaarverslag-2025.pdf",
        ),
        Dossierstuk(
            verbonden_partij_id=party.id,
            organisatie_id=arnhem.id,
            soort=Dossiersoort.WERKINSTRUCTIE,
            zichtbaarheid=EIGEN,
            titel="Werkinstructie kwartaalrapportage beoordelen",
            eigenaar=REGIEVOERDER,
            laatst_beoordeeld_op=_months_ago(2),
            beoordelingsinterval_maanden=12,
            link="https://intranet.example.nl/regie/werkinstructie-kwartaalrapportage",
        ),
    ]
    session.add_all([regeling, overdracht, *links])
    await session.flush()
    for stuk, content in ((regeling, regeling_pdf), (overdracht, overdracht_pdf)):
        session.add(
            Dossierbestand(
                dossierstuk_id=stuk.id,
                versie=1,
                naam=stuk.bestand_naam,
                type=PDF.media_type,
                grootte=len(content),
                sha256=hashlib.sha256(content).hexdigest(),
                inhoud=content,
                aangemaakt_door=REGIEVOERDER,
            )
        )
