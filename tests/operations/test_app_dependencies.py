"""Dependencies between the apps run one way: claims builds on articles, never the reverse."""

import ast
from pathlib import Path

ARTICLES = Path(__file__).resolve().parents[2] / "articles"


def imported_modules(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules.add(node.module)
    return modules


def test_nothing_in_articles_imports_claims():
    sources = sorted(ARTICLES.rglob("*.py"))
    assert len(sources) > 10  # the walk found the app
    offenders = [
        f"{path.relative_to(ARTICLES.parent)}: {module}"
        for path in sources
        for module in sorted(imported_modules(path))
        if module == "claims" or module.startswith("claims.")
    ]
    assert offenders == []
