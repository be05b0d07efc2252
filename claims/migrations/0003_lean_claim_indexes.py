import django.contrib.postgres.indexes
import django.db.models.deletion
from django.db import migrations, models

# Indexes that the composite ones in Claim.Meta make redundant (each starts with the column).
REDUNDANT_INDEXES = {
    "claims_claim_article_id_6731be49": "article_id",
    "claims_claim_published_6c43d5b7": "published",
    "claims_claim_speaker_id_e031226b": "speaker_id",
}


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_article_interruptions"),
        ("claims", "0002_groups"),
    ]

    # Done in SQL so the foreign keys are not dropped and checked again over every claim, and
    # the search index is changed in place rather than built again.
    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                *(
                    migrations.RunSQL(
                        f'DROP INDEX IF EXISTS "{name}"',
                        reverse_sql=f'CREATE INDEX "{name}" ON "claims_claim" ("{column}")',
                    )
                    for name, column in REDUNDANT_INDEXES.items()
                ),
                migrations.RunSQL(
                    "ALTER INDEX claim_search_idx SET (fastupdate = off)",
                    reverse_sql="ALTER INDEX claim_search_idx RESET (fastupdate)",
                ),
            ],
            state_operations=[
                migrations.AlterField(
                    model_name="claim",
                    name="article",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="claims",
                        to="articles.article",
                    ),
                ),
                migrations.AlterField(
                    model_name="claim",
                    name="published",
                    field=models.DateTimeField(),
                ),
                migrations.AlterField(
                    model_name="claim",
                    name="speaker",
                    field=models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="claims",
                        to="claims.speaker",
                    ),
                ),
                migrations.RemoveIndex(model_name="claim", name="claim_search_idx"),
                migrations.AddIndex(
                    model_name="claim",
                    index=django.contrib.postgres.indexes.GinIndex(
                        fastupdate=False, fields=["search_vector"], name="claim_search_idx"
                    ),
                ),
            ],
        ),
    ]
