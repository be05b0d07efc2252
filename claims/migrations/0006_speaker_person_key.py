from django.db import migrations, models

from claims.names import person_key


def fill_person_keys(apps, schema_editor):
    """Existing people get their key; resolve_speakers then merges those who share one."""
    Speaker = apps.get_model("claims", "Speaker")
    people = list(Speaker.objects.filter(kind="person", person_key=""))
    for speaker in people:
        speaker.person_key = person_key(speaker.name)[:300]
    Speaker.objects.bulk_update(people, ["person_key"], batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0005_speaker_corrections"),
    ]

    operations = [
        migrations.AddField(
            model_name="speaker",
            name="person_key",
            field=models.CharField(
                blank=True,
                db_index=True,
                help_text="Speakers with the same key are merged by resolve_speakers; change it "
                "(e.g. add “#2”) to keep two people of the same name apart.",
                max_length=300,
            ),
        ),
        migrations.RunPython(fill_person_keys, migrations.RunPython.noop),
    ]
