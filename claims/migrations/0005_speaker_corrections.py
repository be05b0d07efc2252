"""Editors correct a claim's speaker: the record of each correction, the lock that keeps it
through re-extraction, and the Editor group's permission to make one."""

from django.contrib.auth.management import create_permissions
import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


def give_editors_the_permission(apps, schema_editor):
    # As in 0002: permissions are normally created after all migrations; make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    from claims.roles import sync_groups

    sync_groups(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0004_flag_speakers"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="SpeakerCorrection",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("from_speaker_text", models.CharField(blank=True, max_length=500)),
                ("to_speaker_name", models.CharField(max_length=300)),
                ("corrected_at", models.DateTimeField(default=django.utils.timezone.now)),
            ],
            options={
                "ordering": ["-corrected_at", "-id"],
            },
        ),
        migrations.AddField(
            model_name="claim",
            name="speaker_locked",
            field=models.BooleanField(default=False),
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(
                condition=models.Q(("speaker_locked", True)),
                fields=["speaker"],
                name="claim_locked_speaker_idx",
            ),
        ),
        migrations.AddField(
            model_name="speakercorrection",
            name="claim",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="speaker_corrections",
                to="claims.claim",
            ),
        ),
        migrations.AddField(
            model_name="speakercorrection",
            name="corrected_by",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="speakercorrection",
            name="from_speaker",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="claims.speaker",
            ),
        ),
        migrations.AddField(
            model_name="speakercorrection",
            name="to_speaker",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="claims.speaker",
            ),
        ),
        migrations.AddIndex(
            model_name="speakercorrection",
            index=models.Index(
                fields=["claim", "-corrected_at", "-id"], name="correction_claim_idx"
            ),
        ),
        migrations.RunPython(give_editors_the_permission, migrations.RunPython.noop),
    ]
