from django import template

from claimtrack.permissions import can_read

register = template.Library()


@register.simple_tag(takes_context=True)
def user_can_read(context):
    """Whether to show the pages' navigation: no point offering links that lead to the login."""
    return can_read(context["request"].user)
