"""``{% kept owner_id "name" part… %}…{% endkept %}``: a part of a person's page rendered once and
kept until one of its parts changes (credentials/renderings.py), like Django's ``{% cache %}`` but
under a key that starts with the owner's id, so that deleting the person deletes it.

``{% kept_each owner_id "name" items "template" part… %}``: each item rendered by the template (as
``row``) and kept under its own ``version`` and the parts, so a list redraws only what changed."""

from django import template
from django.template.loader import get_template
from django.utils.safestring import mark_safe

from credentials import renderings

register = template.Library()


class KeptNode(template.Node):
    def __init__(self, nodelist, owner, name, parts):
        self.nodelist, self.owner, self.name, self.parts = nodelist, owner, name, parts

    def render(self, context) -> str:
        owner = self.owner.resolve(context)
        return renderings.rendering_kept(
            owner_id=owner if isinstance(owner, int) else None,
            name=str(self.name.resolve(context)),
            parts=[part.resolve(context) for part in self.parts],
            render=lambda: self.nodelist.render(context),
        )


@register.tag
def kept(parser, token):
    bits = token.split_contents()
    if len(bits) < 3:
        raise template.TemplateSyntaxError(
            f"{bits[0]} needs an owner's id and a name, then its version parts."
        )
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    return KeptNode(
        nodelist,
        *(parser.compile_filter(bit) for bit in bits[1:3]),
        [parser.compile_filter(bit) for bit in bits[3:]],
    )


@register.simple_tag
def kept_each(owner, name: str, items, template_name: str, *parts) -> str:
    row_template = get_template(template_name)
    rendered = renderings.renderings_kept_each(
        owner_id=owner if isinstance(owner, int) else None,
        name=name,
        items=[
            ((item.version, *parts), lambda item=item: row_template.render({"row": item})) for item in items
        ],
    )
    return mark_safe("".join(rendered))  # each part is a template's output, escaped by it
