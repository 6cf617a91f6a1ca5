"""Mail to people over SMTP (aiosmtplib): Dutch, plain text and HTML from Jinja2 templates."""

from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

import aiosmtplib
import structlog
from jinja2 import Environment, FileSystemLoader, select_autoescape

from app.config import Settings
from app.core.db import utcnow

log = structlog.get_logger("app.meldingen.mail")

TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
    trim_blocks=True,
    lstrip_blocks=True,
)
DEFAULT_PUBLIC_URL = "http://127.0.0.1:8000"


def public_url(settings: Settings) -> str:
    """Links in mails and events: `VPM_PUBLIC_URL`, else the address `make run` serves on."""
    return (settings.public_url or DEFAULT_PUBLIC_URL).rstrip("/")


@dataclass(frozen=True)
class Bericht:
    onderwerp: str
    tekst: str
    html: str


def render(template: str, **context: Any) -> Bericht:
    """`<template>.txt` and `.html`; the subject is the text version's first line."""
    text = TEMPLATES.get_template(f"{template}.txt").render(**context)
    subject, _, body = text.partition("\n")
    html = TEMPLATES.get_template(f"{template}.html").render(onderwerp=subject, **context)
    return Bericht(subject.strip(), body.lstrip("\n"), html)


class Mailer:
    """Sends one message per call; without `VPM_SMTP_HOST` it is off (said once, in the log)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._said_off = False

    @property
    def enabled(self) -> bool:
        if self.settings.smtp_host:
            return True
        if not self._said_off:
            log.warning("mail_off", reden="VPM_SMTP_HOST is not set: no mail is sent")
            self._said_off = True
        return False

    def message(self, to: str, bericht: Bericht) -> EmailMessage:
        message = EmailMessage()
        message["From"] = self.settings.smtp_from
        message["To"] = to
        message["Subject"] = bericht.onderwerp
        message["Date"] = format_datetime(utcnow())
        message["Message-ID"] = make_msgid(domain="vpmonitor")
        message["Auto-Submitted"] = "auto-generated"
        message.set_content(bericht.tekst)
        message.add_alternative(bericht.html, subtype="html")
        return message

    async def send(self, to: str, bericht: Bericht) -> None:
        """Raises on any failure, so the delivery is retried."""
        settings = self.settings
        password = settings.smtp_password.get_secret_value() if settings.smtp_password else None
        await aiosmtplib.send(
            self.message(to, bericht),
            hostname=settings.smtp_host,
            port=settings.smtp_port,
            start_tls=settings.smtp_starttls,
            username=settings.smtp_username,
            password=password,
            timeout=settings.smtp_timeout_seconds,
        )
