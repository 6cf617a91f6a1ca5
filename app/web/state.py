"""What the pages share per application: settings, cookies, templates, static files."""

from dataclasses import dataclass, field
from re import Pattern

from jinja2 import Environment
from starlette.requests import Request

from app.config import Settings
from app.web.navigation import MenuEntry
from app.web.session.cookies import Cookies
from app.web.session.service import SessiePolicy
from app.web.static_files import StaticAssets
from app.web.views.gedeeld import SharedPartsCache


@dataclass
class WebState:
    settings: Settings
    cookies: Cookies
    policy: SessiePolicy
    assets: StaticAssets
    templates: Environment
    menu: list[MenuEntry]
    gedeeld: SharedPartsCache  # the party page's shared parts
    page_patterns: list[Pattern[str]] = field(default_factory=list)

    def page_exists(self, path: str) -> bool:
        """Whether a page answers GET at this path (links to pages not built yet are text)."""
        bare = path.split("?", 1)[0]
        return any(pattern.match(bare) for pattern in self.page_patterns)


def web_state(request: Request) -> WebState:
    state: WebState = request.app.state.web
    return state
