"""Render an `MtRapport` as a self-contained HTML page or a tagged (PDF/UA-1) PDF.

Both are CPU-bound and synchronous (a PDF of 20 parties takes seconds): an async route must
call them off the event loop, e.g. `await run_in_threadpool(render_pdf, rapport)`
(`fastapi.concurrency`) or `await anyio.to_thread.run_sync(render_pdf, rapport)`.
"""

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from app.mt_rapport import charts, formatting, presentation
from app.mt_rapport.document import MtRapport, Oordeel, PartijPagina

TEMPLATES = Path(__file__).parent / "templates"
LICHT_KLASSE = {Oordeel.BETER: "beter", Oordeel.OP_KOERS: "op_koers", Oordeel.ACHTER: "achter"}
LICHT_SYMBOOL = {Oordeel.BETER: "+", Oordeel.OP_KOERS: "=", Oordeel.ACHTER: "−"}


def licht(oordeel: Oordeel | None) -> Markup:
    """A traffic light: colour, the rating's symbol, and its meaning for screen readers."""
    if oordeel is None:
        return Markup('<span class="licht geen" role="img" aria-label="Geen oordeel">·</span>')
    return Markup('<span class="licht {}" role="img" aria-label="{}">{}</span>').format(
        LICHT_KLASSE[oordeel], formatting.OORDEEL_LABEL[oordeel], LICHT_SYMBOOL[oordeel]
    )


def oordeel_label(oordeel: Oordeel | None) -> str:
    return formatting.OORDEEL_LABEL[oordeel] if oordeel else "Geen oordeel"


def status(partij: PartijPagina) -> Markup:
    """The report's status in words, and `te laat` when it came (or is) past the deadline."""
    tekst = Markup('<span class="status {}">{}</span>').format(
        partij.status.value, formatting.STATUS_LABEL[partij.status]
    )
    return tekst + Markup(' <span class="te-laat">te laat</span>') if partij.te_laat else tekst


def _svg(svg: str) -> Markup:
    # Safe: the charts are serialized by ElementTree, which escapes every text and attribute.
    return Markup(svg)  # noqa: S704


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"], default_for_string=True, default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        datum=formatting.datum,
        periode_label=formatting.periode_label,
        getal=formatting.getal,
        bedrag=formatting.bedrag,
        procent=formatting.procent,
        inkorten=formatting.inkorten,
        bbv=lambda waarde: formatting.BBV_LABEL.get(str(waarde), str(waarde)),
    )
    env.globals.update(
        licht=licht,
        status=status,
        oordeel_label=oordeel_label,
        oordelen=list(formatting.OORDEEL_LABEL.items()),
        aspectnamen=list(formatting.ASPECT_LABEL.values()),
        aspectnamen_kort=list(formatting.ASPECT_KORT.values()),
        aspecten=presentation.aspecten,
        heeft_oordelen=presentation.heeft_oordelen,
        afwijkingen=presentation.afwijkingen,
        afwijkingen_ja=presentation.afwijkingen_ja,
        afwijking_samenvatting=presentation.afwijking_samenvatting,
        normscore=presentation.normscore,
        normen_voor_pagina=presentation.normen_voor_pagina,
        acties_voor_pagina=presentation.acties_voor_pagina,
        heeft_begrotingscijfers=charts.heeft_begrotingscijfers,
        norm_grafiek=lambda reeks, ident: _svg(charts.norm_grafiek(reeks, ident)),
        begroting_grafiek=lambda b, naam, ident: _svg(charts.begroting_grafiek(b, naam, ident)),
    )
    return env


_ENV = _environment()


def titel(rapport: MtRapport) -> str:
    """The document title, also the PDF's metadata title."""
    periode = formatting.periode_label(rapport.periode)
    return f"MT-rapportage verbonden partijen {rapport.gemeente}, {periode}"


def render_html(rapport: MtRapport) -> str:
    """The report as one HTML document (styles inline, charts inline SVG, no scripts)."""
    return _ENV.get_template("rapport.html").render(
        rapport=rapport,
        titel=titel(rapport),
        telling=presentation.statustelling(rapport),
        te_laat=presentation.aantal_te_laat(rapport),
        dichtheid=presentation.dichtheid(rapport),
        acties=sorted(rapport.achterstallige_acties, key=lambda actie: actie.planning),
    )


def render_pdf(rapport: MtRapport) -> bytes:
    """The report as a tagged PDF (PDF/UA-1): language `nl`, the title in its metadata.

    Loads nothing from outside: the HTML is self-contained and any URL it might contain is
    refused by the URL fetcher.
    """
    from weasyprint import HTML, URLFetcher  # imported here: loading pango takes a while

    geen_enkele_bron = URLFetcher(allowed_protocols=())
    document = HTML(string=render_html(rapport), url_fetcher=geen_enkele_bron)
    pdf: bytes = document.write_pdf(pdf_variant="pdf/ua-1")
    return pdf
