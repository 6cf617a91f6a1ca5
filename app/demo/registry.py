"""Illustrative registry data, drawn from the seed documents. The figures are examples."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from app.demo.accounts import DE_CONNECTIE, DUO, REGIONALE_TOEGANG
from app.organisaties.models import OrganisatieSoort
from app.verbonden_partijen.models import BbvCategorie, Rechtsvorm

ILLUSTRATIEF = "Demodata, illustratief: de cijfers en personen zijn voorbeelden."

GEMEENTEN = {
    "GM0202": "Arnhem",
    "GM0274": "Renkum",
    "GM0275": "Rheden",
    "GM0384": "Diemen",
    "GM0437": "Ouder-Amstel",
    "GM0451": "Uithoorn",
    "GM0150": "Deventer",
    "GM1773": "Olst-Wijhe",
    "GM0177": "Raalte",
    "GM0262": "Lochem",
    "GM0285": "Voorst",
}
ORGANISATIE_SOORT = OrganisatieSoort.GEMEENTE


@dataclass(frozen=True)
class DemoDeelname:
    gemeente: str
    aandeel: Decimal
    stemgewicht: Decimal | None = None
    zetels: tuple[tuple[str, str], ...] = ()
    eigenaarsrol: str | None = None
    opdrachtgeversrol: str | None = None


@dataclass(frozen=True)
class DemoPartij:
    naam: str
    vestigingsplaats: str
    bbv_categorie: BbvCategorie
    rechtsvorm: Rechtsvorm
    openbaar_belang: str
    monitoringsniveau: int
    deelnames: tuple[DemoDeelname, ...]
    begindatum: date | None = None
    einddatum: date | None = None
    toelichting: str = ILLUSTRATIEF
    regievoerders: tuple[str, ...] = field(default=())
    cbs_nummer: str | None = None  # illustrative, not the real CBS numbers

    @property
    def penvoerder(self) -> str:
        """The municipality that registered the party and leads it: its first participant."""
        return self.deelnames[0].gemeente


def _bestuur(wethouder: str) -> tuple[tuple[str, str], ...]:
    return (("algemeen_bestuur", wethouder), ("dagelijks_bestuur", wethouder))


GR = BbvCategorie.GEMEENSCHAPPELIJKE_REGELING

DEMO_PARTIJEN = [
    DemoPartij(
        DE_CONNECTIE,
        "Arnhem",
        GR,
        Rechtsvorm.BEDRIJFSVOERINGSORGANISATIE,
        "ICT-dienstverlening (informatievoorziening, werkplek, applicaties) en harmonisatie "
        "van processen en systemen voor Arnhem, Renkum en Rheden.",
        1,
        (
            DemoDeelname(
                "GM0202",
                Decimal("68.0000"),
                Decimal(3),
                _bestuur("wethouder Bedrijfsvoering"),
                "wethouder Financiën",
                "wethouder Bedrijfsvoering",
            ),
            DemoDeelname("GM0274", Decimal("14.0000"), Decimal(1), _bestuur("wethouder ICT")),
            DemoDeelname("GM0275", Decimal("18.0000"), Decimal(1), _bestuur("wethouder ICT")),
        ),
        begindatum=date(2014, 1, 1),
        cbs_nummer="9001",
    ),
    DemoPartij(
        DUO,
        "Uithoorn",
        GR,
        Rechtsvorm.BEDRIJFSVOERINGSORGANISATIE,
        "Ambtelijke werkorganisatie van Diemen, Ouder-Amstel en Uithoorn: burgerzaken, KCC, "
        "sociaal domein en bedrijfsvoering.",
        1,
        (
            DemoDeelname(
                "GM0384",
                Decimal("36.0000"),
                Decimal(1),
                _bestuur("burgemeester"),
                "wethouder Financiën",
                "gemeentesecretaris",
            ),
            DemoDeelname("GM0437", Decimal("20.0000"), Decimal(1), _bestuur("burgemeester")),
            DemoDeelname("GM0451", Decimal("44.0000"), Decimal(1), _bestuur("burgemeester")),
        ),
        begindatum=date(2018, 1, 1),
        cbs_nummer="9002",
    ),
    DemoPartij(
        REGIONALE_TOEGANG,
        "Deventer",
        GR,
        Rechtsvorm.CENTRUMGEMEENTEREGELING,
        "Regionale toegang tot beschermd wonen en maatschappelijke opvang, uitgevoerd door "
        "centrumgemeente Deventer voor vijf samenwerkende gemeenten (convenant).",
        2,
        (
            DemoDeelname(
                "GM0150",
                Decimal("52.0000"),
                None,
                (("overig", "wethouder Zorg"),),
                "wethouder Financiën",
                "wethouder Zorg",
            ),
            DemoDeelname("GM1773", Decimal("9.0000")),
            DemoDeelname("GM0177", Decimal("14.0000")),
            DemoDeelname("GM0262", Decimal("12.0000")),
            DemoDeelname("GM0285", Decimal("13.0000")),
        ),
        begindatum=date(2015, 1, 1),
    ),
    DemoPartij(
        "Veiligheids- en Gezondheidsregio Gelderland-Midden",
        "Arnhem",
        GR,
        Rechtsvorm.OPENBAAR_LICHAAM,
        "Brandweer, GGD, ambulancezorg en crisisbeheersing in Gelderland-Midden.",
        2,
        (
            DemoDeelname(
                "GM0202", Decimal("31.0000"), Decimal(1), (("algemeen_bestuur", "burgemeester"),)
            ),
            DemoDeelname(
                "GM0274", Decimal("6.0000"), Decimal(1), (("algemeen_bestuur", "burgemeester"),)
            ),
            DemoDeelname(
                "GM0275", Decimal("8.0000"), Decimal(1), (("algemeen_bestuur", "burgemeester"),)
            ),
        ),
        begindatum=date(2013, 1, 1),
    ),
    DemoPartij(
        "BNG Bank",
        "Den Haag",
        BbvCategorie.VENNOOTSCHAP_COOPERATIE,
        Rechtsvorm.NV,
        "Bank van en voor overheden: financiering van publieke voorzieningen tegen lage kosten.",
        3,
        (
            DemoDeelname(
                "GM0202",
                Decimal("0.5000"),
                None,
                (("aandeelhoudersvergadering", "wethouder Financiën"),),
            ),
            DemoDeelname(
                "GM0150",
                Decimal("0.3000"),
                None,
                (("aandeelhoudersvergadering", "wethouder Financiën"),),
            ),
            DemoDeelname(
                "GM0384",
                Decimal("0.0500"),
                None,
                (("aandeelhoudersvergadering", "wethouder Financiën"),),
            ),
        ),
    ),
    DemoPartij(
        "Vitens",
        "Zwolle",
        BbvCategorie.VENNOOTSCHAP_COOPERATIE,
        Rechtsvorm.NV,
        "Drinkwatervoorziening.",
        3,
        (
            DemoDeelname(
                "GM0202",
                Decimal("2.1000"),
                None,
                (("aandeelhoudersvergadering", "wethouder Financiën"),),
            ),
            DemoDeelname("GM0150", Decimal("1.4000")),
            DemoDeelname("GM0274", Decimal("0.4000")),
        ),
    ),
    DemoPartij(
        "Stichting Regionaal Werkbedrijf (fictief)",
        "Arnhem",
        BbvCategorie.STICHTING_VERENIGING,
        Rechtsvorm.STICHTING,
        "Begeleiding naar werk voor inwoners met een afstand tot de arbeidsmarkt.",
        2,
        (DemoDeelname("GM0202", Decimal("100.0000"), None, (("overig", "wethouder Werk"),)),),
        begindatum=date(2019, 1, 1),
    ),
    DemoPartij(
        "Stadsregio Arnhem Nijmegen",
        "Nijmegen",
        GR,
        Rechtsvorm.OPENBAAR_LICHAAM,
        "Regionale samenwerking in verkeer, wonen en economie; opgeheven per 2015.",
        3,
        (DemoDeelname("GM0202", Decimal("20.0000")), DemoDeelname("GM0274", Decimal("3.0000"))),
        begindatum=date(2006, 1, 1),
        einddatum=date(2014, 12, 31),
    ),
]
