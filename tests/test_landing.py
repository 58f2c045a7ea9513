"""Issue 15, item 12: the landing page shows the app with a real screenshot, three short facts and a
link to the rules; /rules/ renders docs/rules.md for anyone, in the site's look, with working
#anchors and no HTML of its own passed through."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.urls import reverse

RULES_MD = Path(settings.BASE_DIR) / "docs" / "rules.md"


class Elements(HTMLParser):
    """Every start tag of a page, with its attributes, and the text of each <li> under a tag marked
    data-testid="facts"."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.facts: list[str] = []
        self._facts_depth = 0  # > 0 inside the facts list
        self._in_fact = False

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        self.tags.append((tag, attrs))
        if self._facts_depth:
            self._facts_depth += 1
            if tag == "li" and self._facts_depth == 2:
                self.facts.append("")
                self._in_fact = True
        elif attrs.get("data-testid") == "facts":
            self._facts_depth = 1

    def handle_endtag(self, tag):
        if self._facts_depth:
            self._facts_depth -= 1
            if self._facts_depth == 1 and tag == "li":
                self._in_fact = False

    def handle_data(self, data):
        if self._in_fact:
            self.facts[-1] += data

    def all(self, tag: str) -> list[dict[str, str]]:
        return [attrs for name, attrs in self.tags if name == tag]


def parse(response) -> Elements:
    elements = Elements()
    elements.feed(response.content.decode())
    return elements


def static_path(url: str) -> str | None:
    """The file behind a static URL, or None."""
    prefix = settings.STATIC_URL if settings.STATIC_URL.startswith("/") else "/" + settings.STATIC_URL
    assert url.startswith(prefix), url
    return finders.find(url.removeprefix(prefix))


@pytest.fixture
def landing(client):
    response = client.get(reverse("landing"))
    assert response.status_code == 200
    return parse(response)


def test_landing_shows_a_real_screenshot_of_the_dashboard(landing):
    shots = [img for img in landing.all("img") if "landing-dashboard" in img.get("src", "")]
    assert len(shots) == 1, landing.all("img")
    img = shots[0]
    path = static_path(img["src"])
    assert path and Path(path).stat().st_size > 1000
    assert len(img.get("alt", "")) > 40 and "dashboard" in img["alt"].lower()
    assert int(img["width"]) > 0 and int(img["height"]) > 0  # the space is kept while it loads
    # On a phone, a phone-width screenshot that exists too.
    sources = [s for s in landing.all("source") if "landing-dashboard-phone" in s.get("srcset", "")]
    assert sources and static_path(sources[0]["srcset"].split()[0])


def test_landing_has_exactly_three_short_facts(landing):
    assert len(landing.facts) == 3, landing.facts
    for fact in landing.facts:
        assert len(" ".join(fact.split())) <= 90, fact


def test_landing_links_to_the_rules_and_keeps_the_no_trackers_promise(client, landing):
    assert any(a.get("href") == reverse("rules") for a in landing.all("a"))
    content = client.get(reverse("landing")).content.decode()
    assert "no trackers" in content and "Free" in content


def test_rules_page_is_public_and_lists_every_rule(client):
    response = client.get("/rules/")
    assert response.status_code == 200
    content = response.content.decode()
    for rule_id in ("R-CMA-1", "R-CMA-16", "R-CCMA-2", "R-RMA-3", "R-CMAC-1", "R-BLS-1"):
        assert rule_id in content
    # Every rule id in the document is on the page.
    assert set(re.findall(r"R-[A-Z]+-\d+", RULES_MD.read_text())) <= set(re.findall(r"R-[A-Z]+-\d+", content))


def test_rules_page_is_in_the_sites_look_with_one_h1_and_bootstrap_tables(client):
    response = client.get(reverse("rules"))
    content = response.content.decode()
    assert response.templates[0].name == "rules.html"
    assert "base.html" in [t.name for t in response.templates]
    assert re.search(r"<title>[^<]*Rules[^<]*</title>", content, re.IGNORECASE)
    page = parse(response)
    assert len(page.all("h1")) == 1
    tables = page.all("table")
    assert tables and all("table" in t.get("class", "").split() for t in tables)


def test_rules_page_heading_anchors_match_the_documents_links(client):
    page = parse(client.get(reverse("rules")))
    ids = {attrs["id"] for _tag, attrs in page.tags if "id" in attrs}
    assert "decisions-recert-takes" in ids and "units" in ids
    in_document = set(re.findall(r"\]\(#([a-z0-9-]+)\)", RULES_MD.read_text()))
    assert in_document and in_document <= ids
    links = {a["href"][1:] for a in page.all("a") if a.get("href", "").startswith("#")}
    assert in_document <= links  # the links themselves survive


def test_rules_page_renders_no_script_or_html_from_the_markdown(client):
    content = client.get(reverse("rules")).content.decode()
    main = content[content.index("<main") : content.index("</main>")]
    assert "<script" not in main.lower()
    # The page's only scripts are the site's own files.
    scripts = re.findall(r"<script[^>]*>", content)
    assert scripts and all('src="/static/' in tag for tag in scripts)


def test_markdown_is_rendered_in_safe_mode():
    from credentials.rules_document import markdown_html

    html = markdown_html(
        "# Title\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n"
        "[click](javascript:alert(1)) and [fine](#title)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
    )
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html
    assert 'href="javascript:' not in html
    assert '<h1 id="title">' in html and 'href="#title"' in html
    assert re.search(r'<table class="table[^"]*"', html)
