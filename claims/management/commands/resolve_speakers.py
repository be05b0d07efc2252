from django.core.management.base import BaseCommand

from claims.speaker_cleanup import (
    aliases_of_another_person,
    bare_surnames_beside_one_person,
    first_names_a_letter_apart,
    names_with_and_without_a_generation,
    re_resolve_speakers,
    short_and_full_body_names,
)


class Command(BaseCommand):
    help = (
        "Re-resolve the speakers already stored: merge speakers that are one person (same "
        "first name, surname and Jr./Sr.) into the most-quoted and organisations named by an "
        "acronym into their spelled-out name, and take names that are never "
        "speakers (headline fragments, generic nouns, pronouns, datelines) off their claims. "
        "Safe to run again; --dry-run reports without changing anything."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="report, change nothing")

    def handle(self, *args, dry_run, **options):
        result = re_resolve_speakers(dry_run=dry_run)
        would = "would be " if dry_run else ""
        for name, reason, claims in result.detached:
            self.stdout.write(f"Not a speaker ({reason}): {name!r}, {claims} claim(s) detached")
        for names, kept in result.merged:
            self.stdout.write(f"One person: {', '.join(map(repr, names))} {would}kept as {kept!r}")
        for name in result.made_people:
            self.stdout.write(f"A person, not an organisation: {name!r}")
        for name in result.made_bodies:
            self.stdout.write(f"An organisation, not a person: {name!r}")
        for short, kept in result.acronyms:
            self.stdout.write(f"One organisation: {short!r} {would}merged into {kept!r}")
        for bare, person in bare_surnames_beside_one_person():
            self.stdout.write(f"Likely the same, for an editor to merge: {bare} / {person}")
        for group in names_with_and_without_a_generation():
            names = " / ".join(speaker.name for speaker in group)
            self.stdout.write(f"Likely the same (or father and son), for an editor: {names}")
        for one, other in first_names_a_letter_apart():
            self.stdout.write(f"Maybe one name misspelt, for an editor: {one} / {other}")
        for short, full in short_and_full_body_names():
            self.stdout.write(f"Likely one body, for an editor to merge: {short} / {full}")
        for alias in aliases_of_another_person():
            self.stdout.write(
                f"Likely another person, for an editor to split: {alias} on {alias.speaker}"
            )
        self.stdout.write(f"{len(result.acronyms)} acronym(s) {would}merged.")
        self.stdout.write(
            f"{len(result.merged)} person(s) {would}merged, {len(result.detached)} "
            f"non-speaker(s) {would}detached, {result.keys_updated} person key(s) {would}updated."
        )
