"""The `vpmonitor` command: serve, migrate, load demo data, create municipalities and tokens."""

import asyncio
import json
import os
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from alembic import command
from alembic.config import Config
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import get_settings
from app.core.db import create_engine, create_sessionmaker
from app.core.errors import AppError

T = TypeVar("T")

cli = typer.Typer(help="VP Monitor: regie op verbonden partijen.", no_args_is_help=True)
db_cli = typer.Typer(help="The database schema (Alembic migrations).", no_args_is_help=True)
tokens_cli = typer.Typer(help="Bearer tokens of accounts.", no_args_is_help=True)
cli.add_typer(db_cli, name="db")
cli.add_typer(tokens_cli, name="tokens")
oidc_cli = typer.Typer(
    help="Identity providers (OIDC) trusted for a municipality's accounts.", no_args_is_help=True
)
cli.add_typer(oidc_cli, name="oidc")

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def alembic_ini() -> Path:
    """The alembic.ini beside the code (a checkout), else in the working directory (an image)."""
    for candidate in (PROJECT_ROOT / "alembic.ini", Path.cwd() / "alembic.ini"):
        if candidate.is_file():
            return candidate
    raise typer.BadParameter("alembic.ini not found beside the code or in the working directory")


def alembic_config(database_url: str | None = None) -> Config:
    config = Config(str(alembic_ini()))
    url = database_url or get_settings().database_url_plain
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def in_session(work: Callable[[AsyncSession], Awaitable[T]]) -> T:
    """Run `work` in one committed transaction on the configured database."""

    async def run() -> T:
        engine = create_engine(get_settings())
        try:
            async with create_sessionmaker(engine)() as session:
                result = await work(session)
                await session.commit()
                return result
        finally:
            await engine.dispose()

    try:
        return asyncio.run(run())
    except AppError as error:
        typer.echo(f"{error.title}: {error.detail}", err=True)
        raise typer.Exit(code=1) from error


@cli.command()
def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes (use PostgreSQL for >1).")] = 1,
    reload: bool = False,
    worker: Annotated[
        bool | None,
        typer.Option(
            "--worker/--no-worker",
            help="Run the notifications worker in each process (default: VPM_SERVE_WORKER).",
        ),
    ] = None,
) -> None:
    """Serve the API and the web pages with uvicorn (and, unless told not to, the
    notifications worker in each process)."""
    from app import serving

    if worker if worker is not None else get_settings().serve_worker:
        # The app factory reads its settings from the environment, in every uvicorn process.
        os.environ["VPM_WORKER_IN_PROCESS"] = "true"
        get_settings.cache_clear()  # read above, before the variable was set
    serving.run(get_settings(), host, port, workers, reload)


@db_cli.command("upgrade")
def db_upgrade(revision: str = "head") -> None:
    """Migrate the database up to `revision` (default: the newest); on PostgreSQL one process
    at a time (an advisory lock), so replicas that all migrate at start take turns."""
    from app.core.migration_lock import run_locked

    config = alembic_config()
    run_locked(get_settings(), lambda: command.upgrade(config, revision))


@db_cli.command("downgrade")
def db_downgrade(revision: str) -> None:
    """Migrate the database down to `revision` (`base` empties it)."""
    command.downgrade(alembic_config(), revision)


@cli.command()
def demo(
    if_empty: Annotated[bool, typer.Option(help="Only when the database holds no data.")] = False,
) -> None:
    """Load the illustrative demo data with its fixed tokens, and print the tokens."""
    from app.demo.loader import load_demo

    loaded = in_session(lambda session: load_demo(session, only_if_empty=if_empty))
    if not loaded:
        typer.echo("The database already holds data; demo data not loaded.")
    _print_demo_tokens()


def _print_demo_tokens() -> None:
    from app.demo.accounts import DEMO_ACCOUNTS

    typer.echo("Demo tokens (Authorization: Bearer <token>), illustrative data only:")
    for account in DEMO_ACCOUNTS:
        typer.echo(f"  {account.token:<32} {account.rol.value:<13} {account.omschrijving}")


@cli.command("create-gemeente")
def create_gemeente(
    naam: Annotated[str, typer.Option(help="e.g. Arnhem")],
    cbs_code: Annotated[str, typer.Option(help="e.g. GM0202")],
    beheerder_naam: Annotated[str, typer.Option()],
    beheerder_email: Annotated[str, typer.Option()],
) -> None:
    """Create a municipality (a tenant) with its first beheerder, and print a token."""
    from app.onboarding import create_municipality

    secret = in_session(
        lambda session: create_municipality(
            session, naam, cbs_code, beheerder_naam, beheerder_email, get_settings()
        )
    )
    typer.echo(f"Municipality {naam} created. Token of its beheerder (shown once):\n{secret}")


@tokens_cli.command("issue")
def tokens_issue(
    email: Annotated[str, typer.Option(help="The account's e-mail address.")],
    omschrijving: Annotated[str, typer.Option(help="What the token is for.")] = "CLI",
    dagen: Annotated[int, typer.Option(help="Days until it expires.")] = 90,
) -> None:
    """Issue a token for an account and print it (once)."""
    from app.onboarding import issue_token_for_email

    secret = in_session(
        lambda session: issue_token_for_email(session, email.lower(), omschrijving, dagen)
    )
    typer.echo(secret)


@tokens_cli.command("revoke")
def tokens_revoke(token_id: uuid.UUID) -> None:
    """Revoke a token by its id."""
    from app.onboarding import revoke_token_by_id

    in_session(lambda session: revoke_token_by_id(session, token_id))
    typer.echo(f"Token {token_id} revoked.")


@cli.command("purge-idempotency-keys")
def purge_idempotency_keys() -> None:
    """Forget partner pushes' Idempotency-Keys past their retention (at least 24 hours)."""
    from app.rapportages.service import purge_expired_keys

    purged = in_session(purge_expired_keys)
    typer.echo(f"{purged} expired Idempotency-Key records removed.")


meldingen_cli = typer.Typer(
    help="Notifications: deliveries and their counts.", no_args_is_help=True
)
cli.add_typer(meldingen_cli, name="meldingen")


@cli.command("worker")
def worker_command() -> None:
    """Run the notifications worker (scheduled checks, webhooks, mail) until stopped."""
    from app.core.logging import configure_logging
    from app.meldingen.runner import run_standalone

    settings = get_settings()
    configure_logging(settings)
    asyncio.run(run_standalone(settings))


@meldingen_cli.command("status")
def meldingen_status() -> None:
    """How many deliveries are delivered, waiting, failed or expired, per channel."""
    from app.meldingen.repository import counts_by_status, pending_events

    async def read(session: AsyncSession) -> tuple[dict[tuple[str, str], int], int]:
        return await counts_by_status(session), await pending_events(session)

    counts, pending = in_session(read)
    typer.echo(f"events not yet fanned out: {pending}")
    for (kanaal, status), count in sorted(counts.items()):
        typer.echo(f"{kanaal:<8} {status:<11} {count}")


@oidc_cli.command("add")
def oidc_add(
    issuer: Annotated[str, typer.Option(help="The issuer URL, exactly as in its tokens' iss.")],
    gemeente: Annotated[str, typer.Option(help="CBS code of its municipality, e.g. GM0202.")],
    client_id: Annotated[str, typer.Option(help="The client id of VP Monitor there.")],
    client_secret: Annotated[
        str,
        typer.Option(
            prompt=True,
            prompt_required=False,
            hide_input=True,
            help="Asked for when the option is given without a value; stored encrypted.",
        ),
    ] = "",
    audience: Annotated[str | None, typer.Option(help="The aud of API tokens.")] = None,
    naam: Annotated[str | None, typer.Option(help="Shown on the sign-in button.")] = None,
) -> None:
    """Trust an issuer for the accounts of one municipality (a shared service has several)."""
    from app.gebruikers.uitgevers import NieuweUitgever, add_issuer

    data = NieuweUitgever(issuer, gemeente, client_id, client_secret or None, audience, naam)
    added = in_session(lambda session: add_issuer(session, data, get_settings()))
    typer.echo(f"Issuer {added.issuer} trusted for {added.naam}.")


@oidc_cli.command("list")
def oidc_list() -> None:
    """The registered issuers (the one of VPM_OIDC_ISSUER is not in this list)."""
    from app.gebruikers.uitgevers import list_issuers

    for uitgever, gemeente in in_session(list_issuers):
        secret = "secret stored encrypted" if uitgever.client_secret_versleuteld else "no secret"
        typer.echo(f"{uitgever.issuer}  {gemeente}  client {uitgever.client_id}  ({secret})")


@oidc_cli.command("remove")
def oidc_remove(issuer: str) -> None:
    """Stop trusting an issuer; its people's links to accounts are removed with it."""
    from app.gebruikers.uitgevers import remove_issuer

    in_session(lambda session: remove_issuer(session, issuer))
    typer.echo(f"Issuer {issuer} removed.")


@oidc_cli.command("generate-key")
def oidc_generate_key() -> None:
    """Print a new key for VPM_OIDC_ENCRYPTION_KEYS (put it first; keep the old ones after it
    until every secret is stored again)."""
    from app.auth.oidc.secrets import new_key

    typer.echo(new_key())


@cli.command()
def openapi() -> None:
    """Print the OpenAPI document (for linters and client generators)."""
    from app.main import create_app

    typer.echo(json.dumps(create_app().openapi(), indent=2, ensure_ascii=False))


def main() -> None:
    cli()
