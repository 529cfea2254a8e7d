"""Core's messages in Chinese: every tr() template in core has its Chinese form, with the same fields."""
from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from ftz_desktop.core import translate

CORE = Path(__file__).resolve().parents[2] / "ftz_desktop" / "core"


def _templates() -> list[tuple[str, str]]:
    """(file, template) for every literal passed to tr(...) in core."""
    found = []
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.append((path.name, node.args[0].value))
    return found


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.fixture
def chinese():
    translate.set_language("zh")
    yield
    translate.set_language("en")


def test_every_core_template_has_its_chinese_form_with_the_same_fields():
    chinese = translate.catalog("zh")
    missing = [(f, t) for f, t in _templates() if t not in chinese]
    assert missing == []
    wrong = [(t, chinese[t]) for _, t in _templates() if _fields(chinese[t]) != _fields(t)]
    assert wrong == []


def test_messages_follow_the_language_set(chinese):
    from ftz_desktop.core.domain.model import Indicator
    from ftz_desktop.core.domain.parsing import ParseError, parse_value

    with pytest.raises(ParseError) as caught:
        parse_value("abc", Indicator("x", "x", "billion yuan"), "value")
    assert "abc" in caught.value.reason and not any("a" <= ch <= "z" for ch in caught.value.reason.replace("abc", ""))
