"""Shared test setup. The suite runs against the real PostgreSQL and Redis named by
DATABASE_URL / REDIS_URL (make test starts embedded ones when they are unset)."""
