"""Speaker resolution inside one article.

- People are clustered by name: a short name joins the fullest form in the article
  ("Putin" -> "Vladimir Putin"), spelling variants join by fuzzy surname match
  (Zelensky / Zelenskyy), different first names stay apart (Bill / Hillary Clinton).
- Roles are learnt from titles ("Ukrainian President Volodymyr Zelensky") and appositions
  ("Dmitri Peskov, Putin's spokesman"); a role-noun source ("the Russian leader",
  "Putin's spokesman") goes to the person whose learnt role fits, else to the most recent
  compatible person.
- Pronouns go to the most recent compatible speaker or person, with gender learnt from
  titles (Mr., Mrs.) and from earlier resolved pronouns.
- Unnamed sources stay anonymous ("one senior EU diplomat") or groups ("analysts").

Modules:
    person.py    Person (one cluster of names and what is learnt about it), name helpers
    evidence.py  what the words around a name say: roles, nationality, gender
    people.py    PeopleIndex: clusters and mentions; which person a name, pronoun or role
                 noun means
    resolver.py  Resolver: one function per kind of source mention, tried in the order of
                 RESOLUTION_STEPS
"""

from .resolver import Resolver

__all__ = ["Resolver"]
