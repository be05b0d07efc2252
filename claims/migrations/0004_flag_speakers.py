import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


# A flag takes its claims' speakers when it is made or pointed at other claims.
FLAG_TAKES_SPEAKERS = """
CREATE FUNCTION claims_flag_takes_speakers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT speaker_id INTO NEW.speaker_a_id FROM claims_claim WHERE id = NEW.claim_a_id;
    SELECT speaker_id INTO NEW.speaker_b_id FROM claims_claim WHERE id = NEW.claim_b_id;
    RETURN NEW;
END $$;
CREATE TRIGGER flag_takes_speakers
    BEFORE INSERT OR UPDATE OF claim_a_id, claim_b_id ON claims_contradictionflag
    FOR EACH ROW EXECUTE FUNCTION claims_flag_takes_speakers();
"""

# A claim that changes speaker (re-extraction, a merge, the admin, a deleted speaker) takes
# its flags' copy along.
CLAIM_MOVES_FLAGS = """
CREATE FUNCTION claims_claim_moves_flags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE claims_contradictionflag SET speaker_a_id = NEW.speaker_id WHERE claim_a_id = NEW.id;
    UPDATE claims_contradictionflag SET speaker_b_id = NEW.speaker_id WHERE claim_b_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER claim_moves_flags
    AFTER UPDATE OF speaker_id ON claims_claim
    FOR EACH ROW WHEN (OLD.speaker_id IS DISTINCT FROM NEW.speaker_id)
    EXECUTE FUNCTION claims_claim_moves_flags();
"""

FILL_EXISTING_FLAGS = """
UPDATE claims_contradictionflag AS flag
SET speaker_a_id = a.speaker_id, speaker_b_id = b.speaker_id
FROM claims_claim AS a, claims_claim AS b
WHERE a.id = flag.claim_a_id AND b.id = flag.claim_b_id
"""


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0003_lean_claim_indexes"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="contradictionflag",
            name="speaker_a",
            field=models.ForeignKey(
                db_index=False,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="claims.speaker",
            ),
        ),
        migrations.AddField(
            model_name="contradictionflag",
            name="speaker_b",
            field=models.ForeignKey(
                db_index=False,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="claims.speaker",
            ),
        ),
        migrations.AddIndex(
            model_name="contradictionflag",
            index=models.Index(
                fields=["speaker_a", "-created_at", "-id"], name="flag_speaker_a_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="contradictionflag",
            index=models.Index(
                fields=["speaker_b", "-created_at", "-id"], name="flag_speaker_b_idx"
            ),
        ),
        migrations.RunSQL(
            FLAG_TAKES_SPEAKERS,
            reverse_sql="DROP TRIGGER flag_takes_speakers ON claims_contradictionflag;"
            " DROP FUNCTION claims_flag_takes_speakers();",
        ),
        migrations.RunSQL(
            CLAIM_MOVES_FLAGS,
            reverse_sql="DROP TRIGGER claim_moves_flags ON claims_claim;"
            " DROP FUNCTION claims_claim_moves_flags();",
        ),
        migrations.RunSQL(FILL_EXISTING_FLAGS, reverse_sql=migrations.RunSQL.noop),
    ]
