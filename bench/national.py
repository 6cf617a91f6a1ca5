"""A national data set on PostgreSQL, for the dashboard benchmark.

342 municipalities; about 1,500 parties with on average 6 participants each (neighbouring
municipalities, so each has about 26 parties); 20 quarterly norms per party with five years
of measurements (a few revised, a few missing); two status reports a year per participant and
party; budgets for five years with contributions and the course of this year's forecast;
reporting rounds; some recommendations with actions, risks, Wgr documents; per municipality
a lezer, an MT member and three regievoerders with tokens.

Rows go in with COPY (asyncpg `copy_records_to_table`), table by table in foreign-key order,
into a database of its own that this script creates, migrates and drops (unless `--keep`).

Usage: .venv/bin/python bench/national.py [--server postgresql://postgres@127.0.0.1:5432] [--keep]
"""

import argparse
import asyncio
import json
import os
import random
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

import asyncpg
from alembic import command
from sqlalchemy import Table
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import app.models  # noqa: E402, F401 - registers every table on the metadata
from app.auth.tokens import hash_secret  # noqa: E402
from app.cli import alembic_config  # noqa: E402
from app.core.clock import today  # noqa: E402
from app.core.db import Base  # noqa: E402
from app.core.periods import Periode  # noqa: E402

MUNICIPALITIES = 342
PARTIES = 1_500
NORMS_PER_PARTY = 20
YEARS_OF_MEASUREMENTS = 5
NOW = datetime.now(UTC)
TABLES = Base.metadata.tables
PERIOD_COLUMNS = {"aangemaakt_op", "gewijzigd_op", "tijdstip"}


def plain_dsn(url: str, database: str) -> str:
    return make_url(url).set(drivername="postgresql", database=database).render_as_string(False)


def async_url(url: str, database: str) -> str:
    return (
        make_url(url)
        .set(drivername="postgresql+asyncpg", database=database)
        .render_as_string(False)
    )


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict | list):
        return json.dumps(value)
    return value


@dataclass
class Copier:
    """Buffers rows per table and writes them with COPY, completing defaults."""

    connection: asyncpg.Connection
    rows: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, table_name: str, **values: Any) -> uuid.UUID:
        table: Table = TABLES[table_name]
        if "id" in table.columns and "id" not in values:
            values["id"] = uuid.uuid4()
        self.rows.setdefault(table_name, []).append(
            tuple(_encode(self._value(column, values)) for column in table.columns)
        )
        return values.get("id")  # type: ignore[return-value]

    @staticmethod
    def _value(column: Any, values: dict[str, Any]) -> Any:
        if column.name in values:
            return values[column.name]
        if column.name == "versie":
            return 1
        if column.name in PERIOD_COLUMNS:
            return NOW
        if column.name == "rapportagetermijn_dagen":
            return 30
        if column.nullable:
            return None
        if column.default is not None and column.default.is_scalar:
            return column.default.arg
        raise ValueError(f"{column.table.name}.{column.name} needs a value")

    async def flush(self, table_name: str) -> None:
        rows = self.rows.pop(table_name, [])
        if not rows:
            return
        columns = [column.name for column in TABLES[table_name].columns]
        await self.connection.copy_records_to_table(table_name, records=rows, columns=columns)
        self.counts[table_name] = self.counts.get(table_name, 0) + len(rows)


@dataclass(frozen=True)
class Gemeente:
    id: uuid.UUID
    lezer_token: str
    mt_token: str
    regievoerder_tokens: tuple[str, ...]
    partijen: list[uuid.UUID] = field(default_factory=list)


@dataclass
class Dataset:
    gemeenten: list[Gemeente]
    counts: dict[str, int]
    seconds: float


def quarters(count: int, before: date) -> list[Periode]:
    """The last `count` quarters that ended before `before`, oldest first."""
    current = Periode(date(before.year, (before.month - 1) // 3 * 3 + 1, 1), 3)
    found = []
    for _ in range(count):
        current = current.previous()
        found.append(current)
    return list(reversed(found))


def half_years(count: int, before: date) -> list[Periode]:
    current = Periode.half_year_of(before)
    found = []
    for _ in range(count):
        current = current.previous()
        found.append(current)
    return list(reversed(found))


def money(low: int, high: int, rng: random.Random) -> Decimal:
    return Decimal(rng.randrange(low, high) * 1000)


class Generator:
    def __init__(self, copier: Copier, seed: int) -> None:
        self.copy = copier
        self.rng = random.Random(seed)
        self.day = today()
        self.gemeenten: list[Gemeente] = []
        self.participants: dict[uuid.UUID, list[tuple[uuid.UUID, Decimal]]] = {}
        self.regelingen: list[uuid.UUID] = []

    async def run(self) -> None:
        await self.organisations()
        await self.parties()
        await self.accounts()
        await self.norms_and_reports()
        await self.status_reports()
        await self.budgets()
        await self.plans_and_risks()
        await self.wgr()

    async def organisations(self) -> None:
        for number in range(MUNICIPALITIES):
            org_id = self.copy.add(
                "organisaties",
                naam=f"Gemeente {number:03d}",
                soort="gemeente",
                cbs_code=f"GM{number:04d}",
            )
            tokens = tuple(f"bench-regievoerder-{number}-{n}" for n in range(3))
            self.gemeenten.append(
                Gemeente(org_id, f"bench-lezer-{number}", f"bench-mt-{number}", tokens)
            )
        await self.copy.flush("organisaties")

    async def parties(self) -> None:
        kinds = [
            ("gemeenschappelijke_regeling", "openbaar_lichaam", 40),
            ("gemeenschappelijke_regeling", "bedrijfsvoeringsorganisatie", 15),
            ("gemeenschappelijke_regeling", "centrumgemeenteregeling", 5),
            ("vennootschap_cooperatie", "nv", 20),
            ("stichting_vereniging", "stichting", 15),
            ("overig", "overig", 5),
        ]
        weights = [kind[2] for kind in kinds]
        for number in range(PARTIES):
            categorie, rechtsvorm, _ = self.rng.choices(kinds, weights)[0]
            party_id = self.copy.add(
                "verbonden_partijen",
                naam=f"Partij {number:04d}",
                vestigingsplaats="Utrecht",
                bbv_categorie=categorie,
                rechtsvorm=rechtsvorm,
                openbaar_belang="Benchmark",
                monitoringsniveau=self.rng.randint(1, 3),
                begindatum=date(2015, 1, 1),
            )
            if rechtsvorm in ("openbaar_lichaam", "bedrijfsvoeringsorganisatie"):
                self.regelingen.append(party_id)
            size = self.rng.randint(2, 10)  # 6 on average
            first = self.rng.randrange(MUNICIPALITIES)
            members = [self.gemeenten[(first + n) % MUNICIPALITIES] for n in range(size)]
            weights_ = [self.rng.randint(1, 10) for _ in members]
            shares = [
                Decimal(100 * w / sum(weights_)).quantize(Decimal("0.0001")) for w in weights_
            ]
            self.participants[party_id] = [
                (gemeente.id, share) for gemeente, share in zip(members, shares, strict=True)
            ]
            for gemeente, share in zip(members, shares, strict=True):
                gemeente.partijen.append(party_id)
                self.copy.add(
                    "deelnames",
                    verbonden_partij_id=party_id,
                    organisatie_id=gemeente.id,
                    aandeel=share,
                    bestuurlijk_belang=[],
                )
        await self.copy.flush("verbonden_partijen")
        await self.copy.flush("deelnames")

    async def accounts(self) -> None:
        expiry = NOW + timedelta(days=30)
        for number, gemeente in enumerate(self.gemeenten):
            people = [("lezer", gemeente.lezer_token), ("mt", gemeente.mt_token)] + [
                ("regievoerder", token) for token in gemeente.regievoerder_tokens
            ]
            regievoerders = []
            for rol, token in people:
                account = self.copy.add(
                    "gebruikers",
                    naam=f"{rol} {number}",
                    email=f"{token}@bench.example",
                    rol=rol,
                    organisatie_id=gemeente.id,
                    actief=True,
                )
                self.copy.add(
                    "tokens",
                    gebruiker_id=account,
                    omschrijving="bench",
                    hash=hash_secret(token),
                    prefix=token[:8],
                    verloopt_op=expiry,
                )
                if rol == "regievoerder":
                    regievoerders.append(account)
            for index, party_id in enumerate(gemeente.partijen):
                self.copy.add(
                    "regievoerder_toewijzingen",
                    organisatie_id=gemeente.id,
                    verbonden_partij_id=party_id,
                    gebruiker_id=regievoerders[index % len(regievoerders)],
                )
        for table in ("gebruikers", "tokens", "regievoerder_toewijzingen"):
            await self.copy.flush(table)

    async def norms_and_reports(self) -> None:
        periods = quarters(YEARS_OF_MEASUREMENTS * 4, self.day)
        for party_id in self.participants:
            norms = []
            for number in range(NORMS_PER_PARTY):
                norm_id = self.copy.add(
                    "servicenormen",
                    verbonden_partij_id=party_id,
                    code=f"N{number:02d}",
                    naam=f"Norm {number}",
                    eenheid="percentage",
                    frequentie="kwartaal",
                )
                self.copy.add(
                    "servicenorm_versies",
                    servicenorm_id=norm_id,
                    geldig_vanaf=periods[0].start,
                    doelwaarde=Decimal(90),
                    tolerantie=Decimal(5),
                    richting="hoger_is_beter",
                )
                if self.rng.random() < 0.1:
                    self.copy.add(
                        "servicenorm_versies",
                        servicenorm_id=norm_id,
                        geldig_vanaf=periods[8].start,
                        doelwaarde=Decimal(92),
                        tolerantie=Decimal(4),
                        richting="hoger_is_beter",
                    )
                norms.append(norm_id)
            for periode in periods:
                if self.rng.random() < 0.02:
                    continue  # this quarter's report never came
                self.report(party_id, periode, norms)
        for table in ("servicenormen", "servicenorm_versies", "rapportages", "metingen"):
            await self.copy.flush(table)

    def report(self, party_id: uuid.UUID, periode: Periode, norms: list[uuid.UUID]) -> None:
        received = datetime.combine(periode.end, datetime.min.time(), UTC) + timedelta(
            days=self.rng.randint(5, 40), hours=9
        )
        revisions = 2 if self.rng.random() < 0.03 else 1
        previous = None
        for revisie in range(1, revisions + 1):
            report_id = self.copy.add(
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
            for norm_id in norms:
                value = min(100.0, max(50.0, self.rng.gauss(91, 4)))
                self.copy.add(
                    "metingen",
                    rapportage_id=report_id,
                    servicenorm_id=norm_id,
                    periode=str(periode),
                    periode_start=periode.start,
                    periode_eind=periode.end,
                    waarde=Decimal(str(round(value, 1))),
                )
            previous = report_id

    async def status_reports(self) -> None:
        periods = half_years(YEARS_OF_MEASUREMENTS * 2, self.day)
        signs = ["+", "=", "=", "=", "-"]
        for gemeente in self.gemeenten:
            for periode in periods:
                deadline = periode.end + timedelta(days=31)
                self.copy.add(
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
                        self.rng.choice(["concept", "ingediend", "goedgekeurd", "teruggestuurd"])
                        if latest
                        else "goedgekeurd"
                    )
                    submitted = None if status == "concept" else NOW - timedelta(days=30)
                    ratings = {
                        f"{aspect}_oordeel": self.rng.choice(signs)
                        for aspect in (
                            "voortgang",
                            "inhoud",
                            "planning",
                            "financien",
                            "risicos",
                            "communicatie",
                        )
                    }
                    self.copy.add(
                        "voortgangsrapportages",
                        organisatie_id=gemeente.id,
                        verbonden_partij_id=party_id,
                        periode=str(periode),
                        status=status,
                        snapshot={},
                        telaat=self.rng.random() < 0.1,
                        ingediend_op=submitted,
                        goedgekeurd_op=submitted if status == "goedgekeurd" else None,
                        **ratings,
                    )
        await self.copy.flush("rapportagerondes")
        await self.copy.flush("voortgangsrapportages")

    async def budgets(self) -> None:
        this_year = self.day.year
        for index, gemeente in enumerate(self.gemeenten):
            if index % 3 == 0:
                self.copy.add(
                    "afwijkingsdrempels",
                    organisatie_id=gemeente.id,
                    bedrag=Decimal(50_000),
                    percentage=Decimal(3),
                )
        for party_id, members in self.participants.items():
            for jaar in range(this_year - 4, this_year + 1):
                self.budget(party_id, members, jaar, jaar == this_year)
        for table in ("afwijkingsdrempels", "begrotingen", "begroting_bijdragen"):
            await self.copy.flush(table)
        await self.copy.flush("audit_gebeurtenissen")

    def budget(
        self,
        party_id: uuid.UUID,
        members: list[tuple[uuid.UUID, Decimal]],
        jaar: int,
        current: bool,
    ) -> None:
        lasten = money(1_000, 50_000, self.rng)
        gewijzigd = lasten + money(-200, 800, self.rng)
        columns: dict[str, Any] = {
            "primitief_lasten": lasten,
            "primitief_baten": lasten,
            "na_wijziging_lasten": gewijzigd,
            "na_wijziging_baten": gewijzigd - money(0, 300, self.rng),
            "investeringen_begroot": money(100, 2_000, self.rng),
        }
        if current:
            columns["prognose_lasten"] = gewijzigd + money(-100, 600, self.rng)
            columns["prognose_baten"] = columns["na_wijziging_baten"]
        else:
            columns["realisatie_lasten"] = gewijzigd + money(-300, 500, self.rng)
            columns["realisatie_baten"] = columns["na_wijziging_baten"] + money(-50, 50, self.rng)
            columns["investeringen_realisatie"] = columns["investeringen_begroot"]
        budget_id = self.copy.add("begrotingen", verbonden_partij_id=party_id, jaar=jaar, **columns)
        bijdragen = []
        for organisatie_id, share in members:
            bedrag = (lasten * share / 100).quantize(Decimal("0.01"))
            self.copy.add(
                "begroting_bijdragen",
                begroting_id=budget_id,
                organisatie_id=organisatie_id,
                bedrag=bedrag,
            )
            bijdragen.append({"organisatie_id": str(organisatie_id), "bedrag": str(bedrag)})
        if current:
            self.course(budget_id, party_id, jaar, columns, bijdragen)

    def course(
        self,
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
            self.copy.add(
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

    async def plans_and_risks(self) -> None:
        for gemeente in self.gemeenten:
            for number in range(5):
                aanbeveling = self.copy.add(
                    "aanbevelingen",
                    organisatie_id=gemeente.id,
                    bron="rekenkamer",
                    deel=1,
                    code=str(number + 1),
                    tekst="Aanbeveling",
                )
                for party_id in self.rng.sample(gemeente.partijen, min(2, len(gemeente.partijen))):
                    self.copy.add(
                        "aanbeveling_partijen",
                        aanbeveling_id=aanbeveling,
                        verbonden_partij_id=party_id,
                    )
                for _ in range(2):
                    self.copy.add(
                        "acties",
                        organisatie_id=gemeente.id,
                        aanbeveling_id=aanbeveling,
                        omschrijving="Actie",
                        planning=self.day + timedelta(days=self.rng.randint(-300, 300)),
                        status=self.rng.choice(["open", "in_uitvoering", "open"]),
                    )
            for party_id in gemeente.partijen:
                for _ in range(self.rng.choice([0, 1, 1, 2, 3])):
                    self.copy.add(
                        "risicos",
                        organisatie_id=gemeente.id,
                        verbonden_partij_id=party_id,
                        omschrijving="Risico",
                        kans=self.rng.randint(1, 5),
                        impact=self.rng.randint(1, 5),
                        financiele_omvang=money(10, 1_000, self.rng),
                        status="open",
                    )
        for table in ("aanbevelingen", "aanbeveling_partijen", "acties", "risicos"):
            await self.copy.flush(table)

    async def wgr(self) -> None:
        kinds = [
            "kaders",
            "ontwerpbegroting",
            "begroting",
            "voorlopige_jaarrekening",
            "jaarrekening",
        ]
        for party_id in self.regelingen:
            if self.rng.random() < 0.1:
                self.copy.add(
                    "wgr_termijnen",
                    verbonden_partij_id=party_id,
                    moment="vaststelling_begroting",
                    maand=6,
                    dag=15,
                )
            for jaar in range(self.day.year - 3, self.day.year + 1):
                for soort in kinds:
                    if self.rng.random() < 0.9:
                        self.copy.add(
                            "ontvangen_documenten",
                            verbonden_partij_id=party_id,
                            soort=soort,
                            jaar=jaar,
                            ontvangen_op=date(jaar - 1, 4, 1),
                        )
        await self.copy.flush("wgr_termijnen")
        await self.copy.flush("ontvangen_documenten")


async def generate(dsn: str, seed: int = 20_260_101) -> Dataset:
    """Fill an empty, migrated database with the national data set."""
    started = time.perf_counter()
    connection = await asyncpg.connect(dsn)
    try:
        copier = Copier(connection)
        generator = Generator(copier, seed)
        async with connection.transaction():
            await generator.run()
        await connection.execute("VACUUM ANALYZE")
    finally:
        await connection.close()
    return Dataset(generator.gemeenten, copier.counts, time.perf_counter() - started)


async def create_database(server: str, prefix: str) -> tuple[str, str]:
    """A new, migrated database: its name and its SQLAlchemy URL."""
    database = f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    await admin(server, f'CREATE DATABASE "{database}"')
    url = async_url(server, database)
    await asyncio.to_thread(command.upgrade, alembic_config(url), "head")
    return database, url


async def drop_database(server: str, database: str) -> None:
    await admin(server, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


async def admin(server: str, statement: str) -> None:
    connection = await asyncpg.connect(plain_dsn(server, "postgres"))
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


def summary(dataset: Dataset) -> Iterator[str]:
    yield f"generated in {dataset.seconds:.1f} s:"
    for table, count in sorted(dataset.counts.items(), key=lambda item: -item[1]):
        yield f"  {table:<28} {count:>9,}"
    per_municipality = [len(gemeente.partijen) for gemeente in dataset.gemeenten]
    yield (
        f"parties per municipality: {min(per_municipality)}–{max(per_municipality)}, "
        f"mean {sum(per_municipality) / len(per_municipality):.1f}"
    )


async def main(server: str, keep: bool) -> None:
    database, _ = await create_database(server, "vpm_national")
    try:
        dataset = await generate(plain_dsn(server, database))
        print(f"database {database}")
        for line in summary(dataset):
            print(line)
    finally:
        if keep:
            print(f"kept: {plain_dsn(server, database)}")
        else:
            await drop_database(server, database)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    arguments = parser.parse_args()
    asyncio.run(main(arguments.server, arguments.keep))
