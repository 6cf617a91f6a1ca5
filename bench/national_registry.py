"""The national data set's registry: municipalities, parties with their participants,
accounts with tokens and regievoerder assignments."""

from datetime import date, timedelta
from decimal import Decimal

from national_context import MUNICIPALITIES, PARTIES, Context, Gemeente
from national_copy import NOW

from app.auth.tokens import hash_secret


async def organisations(ctx: Context) -> None:
    for number in range(MUNICIPALITIES):
        org_id = ctx.copy.add(
            "organisaties",
            naam=f"Gemeente {number:03d}",
            soort="gemeente",
            cbs_code=f"GM{number:04d}",
        )
        tokens = tuple(f"bench-regievoerder-{number}-{n}" for n in range(3))
        ctx.gemeenten.append(
            Gemeente(org_id, f"bench-lezer-{number}", f"bench-mt-{number}", tokens)
        )
    await ctx.copy.flush("organisaties")


async def parties(ctx: Context) -> None:
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
        categorie, rechtsvorm, _ = ctx.rng.choices(kinds, weights)[0]
        party_id = ctx.copy.add(
            "verbonden_partijen",
            naam=f"Partij {number:04d}",
            vestigingsplaats="Utrecht",
            bbv_categorie=categorie,
            rechtsvorm=rechtsvorm,
            openbaar_belang="Benchmark",
            monitoringsniveau=ctx.rng.randint(1, 3),
            begindatum=date(2015, 1, 1),
        )
        if rechtsvorm in ("openbaar_lichaam", "bedrijfsvoeringsorganisatie"):
            ctx.regelingen.append(party_id)
        size = ctx.rng.randint(2, 10)  # 6 on average
        first = ctx.rng.randrange(MUNICIPALITIES)
        members = [ctx.gemeenten[(first + n) % MUNICIPALITIES] for n in range(size)]
        weights_ = [ctx.rng.randint(1, 10) for _ in members]
        shares = [Decimal(100 * w / sum(weights_)).quantize(Decimal("0.0001")) for w in weights_]
        ctx.participants[party_id] = [
            (gemeente.id, share) for gemeente, share in zip(members, shares, strict=True)
        ]
        for gemeente, share in zip(members, shares, strict=True):
            gemeente.partijen.append(party_id)
            ctx.copy.add(
                "deelnames",
                verbonden_partij_id=party_id,
                organisatie_id=gemeente.id,
                aandeel=share,
                bestuurlijk_belang=[],
            )
    await ctx.copy.flush("verbonden_partijen")
    await ctx.copy.flush("deelnames")


async def accounts(ctx: Context) -> None:
    expiry = NOW + timedelta(days=30)
    for number, gemeente in enumerate(ctx.gemeenten):
        people = [("lezer", gemeente.lezer_token), ("mt", gemeente.mt_token)] + [
            ("regievoerder", token) for token in gemeente.regievoerder_tokens
        ]
        regievoerders = []
        for rol, token in people:
            account = ctx.copy.add(
                "gebruikers",
                naam=f"{rol} {number}",
                email=f"{token}@bench.example",
                rol=rol,
                organisatie_id=gemeente.id,
                actief=True,
                meldingen_uit=[],
            )
            ctx.copy.add(
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
            ctx.copy.add(
                "regievoerder_toewijzingen",
                organisatie_id=gemeente.id,
                verbonden_partij_id=party_id,
                gebruiker_id=regievoerders[index % len(regievoerders)],
            )
    for table in ("gebruikers", "tokens", "regievoerder_toewijzingen"):
        await ctx.copy.flush(table)
