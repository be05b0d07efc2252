"""The three kinds of user, as Django groups with the permissions each needs.

Journalists read; editors also flag and resolve contradictions, correct a claim's speaker,
split and join groups of one quote, and submit articles; admins manage everything (they also
need is_staff to enter the Django admin).
"""

READ_PERMISSIONS = [
    "articles.view_article",
    "articles.view_feed",
    "claims.view_claim",
    "claims.view_speaker",
    "claims.view_contradictionflag",
]
EDITOR_PERMISSIONS = READ_PERMISSIONS + [
    "claims.add_contradictionflag",
    "claims.change_contradictionflag",
    "claims.add_speakercorrection",
    "claims.add_quotegroupedit",
    "articles.add_article",
]

GROUPS = {
    "Journalist": READ_PERMISSIONS,
    "Editor": EDITOR_PERMISSIONS,
    "Admin": "__all__",
}
ADMIN_APPS = ("articles", "claims", "auth")


def sync_groups(group_model, permission_model):
    """Create the groups and give each exactly its permissions (idempotent).

    Migrations call this as they go: a permission of a model a later migration adds does not
    exist yet and is left out; that migration calls this again.
    """
    for group_name, wanted in GROUPS.items():
        group, _ = group_model.objects.get_or_create(name=group_name)
        if wanted == "__all__":
            perms = permission_model.objects.filter(content_type__app_label__in=ADMIN_APPS)
        else:
            perms = []
            for dotted in wanted:
                app_label, codename = dotted.split(".")
                perms.extend(
                    permission_model.objects.filter(
                        content_type__app_label=app_label, codename=codename
                    )
                )
        group.permissions.set(perms)
