import django.contrib.postgres.indexes
import django.contrib.postgres.search
import django.db.models.functions.text
from django.db import migrations, models


class Migration(migrations.Migration):
    """The search vector reads the start of a claim and of its speaker, so that it always fits
    the newest-first index that carries it (a long claim's vector did not: its article failed
    to store). A generated column's expression cannot be altered: the column and its two
    indexes are made again."""

    dependencies = [
        ("claims", "0011_claim_outlet"),
    ]

    operations = [
        migrations.RemoveIndex(model_name="claim", name="claim_newest_idx"),
        migrations.RemoveIndex(model_name="claim", name="claim_search_idx"),
        migrations.RemoveField(model_name="claim", name="search_vector"),
        migrations.AddField(
            model_name="claim",
            name="search_vector",
            field=models.GeneratedField(
                db_persist=True,
                expression=django.contrib.postgres.search.CombinedSearchVector(
                    django.contrib.postgres.search.SearchVector(
                        django.db.models.functions.text.Left("text", 500),
                        config="english",
                        weight="A",
                    ),
                    "||",
                    django.contrib.postgres.search.SearchVector(
                        django.db.models.functions.text.Left("speaker_name", 60),
                        django.db.models.functions.text.Left("speaker_text", 60),
                        config="english",
                        weight="B",
                    ),
                    django.contrib.postgres.search.SearchConfig("english"),
                ),
                output_field=django.contrib.postgres.search.SearchVectorField(),
            ),
        ),
        migrations.AddIndex(
            model_name="claim",
            index=django.contrib.postgres.indexes.GinIndex(
                fastupdate=False, fields=["search_vector"], name="claim_search_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(
                fields=["-published", "-id"], include=("search_vector",), name="claim_newest_idx"
            ),
        ),
    ]
