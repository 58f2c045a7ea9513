"""docs/rules.md as a page of the site (/rules/): every rule Recert applies, with its source."""

from __future__ import annotations

import functools

from django.conf import settings
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from mdit_py_plugins.anchors import anchors_plugin


def markdown_html(text: str) -> str:
    """Markdown as HTML for a page of the site. Raw HTML in the text is escaped, never passed through,
    and javascript: links are dropped (markdown-it's safe mode); headings get ids so #links work; a
    table gets Bootstrap's look inside a labelled region that scrolls by itself on a narrow screen."""
    md = MarkdownIt("commonmark", {"html": False}).enable("table").use(anchors_plugin, max_level=3)

    def table_open(renderer, tokens, idx, options, env):
        label = escapeHtml(tokens[idx].meta.get("label", "Table"))
        region = f'<div class="table-responsive rules-table" role="region" aria-label="{label}" tabindex="0">'
        return region + renderer.renderToken(tokens, idx, options, env)

    def table_close(renderer, tokens, idx, options, env):
        return renderer.renderToken(tokens, idx, options, env) + "</div>\n"

    md.add_render_rule("table_open", table_open)
    md.add_render_rule("table_close", table_close)
    tokens = md.parse(text)
    heading, tables = "Table", 0  # each table is named after its heading, numbered from the second
    for i, token in enumerate(tokens):
        if token.type == "heading_open":
            heading, tables = tokens[i + 1].content.replace("`", "").replace("*", ""), 0
        elif token.type == "table_open":
            tables += 1
            token.attrSet("class", "table table-sm")
            token.meta["label"] = heading if tables == 1 else f"{heading} ({tables})"
    return md.renderer.render(tokens, md.options, {})


@functools.lru_cache(maxsize=1)
def rules_document_html() -> str:
    """docs/rules.md as HTML, rendered once a process: it changes only with a deployment."""
    return markdown_html((settings.BASE_DIR / "docs" / "rules.md").read_text(encoding="utf-8"))
