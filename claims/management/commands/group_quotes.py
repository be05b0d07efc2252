from django.core.management.base import BaseCommand

from claims.models import QuoteGroup
from claims.spread import forget_automatic_groups, group_batch, recount_all


class Command(BaseCommand):
    help = (
        "Group the claims that carry the same quote across articles (claims.spread): every "
        "direct or mixed claim in no group yet, in batches. Workers group new claims as they "
        "store them; this is for a database that predates grouping. Safe to run again. "
        "--regroup first takes every claim an editor did not place out of its group; --recount "
        "counts every group again (merges and corrections recount the groups they touch)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--regroup", action="store_true", help="group again from scratch (editors' kept)"
        )
        parser.add_argument(
            "--recount", action="store_true", help="count every group and its speakers again"
        )
        parser.add_argument("--batch", type=int, default=2000, help="claims a transaction")

    def handle(self, *args, regroup, recount, batch, **options):
        if regroup:
            freed = forget_automatic_groups()
            self.stdout.write(f"{freed:,} claim(s) taken out of their groups.")
        last_id, looked_at = 0, 0
        while True:
            last_id, count = group_batch(last_id, batch)
            if not count:
                break
            looked_at += count
            if options["verbosity"] > 1:
                self.stdout.write(f"{looked_at:,} claim(s) looked at")
        if recount:
            self.stdout.write(f"{recount_all():,} group(s) counted again.")
        repeated = QuoteGroup.objects.repeated().count()
        self.stdout.write(
            f"{looked_at:,} claim(s) looked at; {repeated:,} quote(s) reported more than once."
        )
