"""A brief's Chinese official layout settings (the recipe's "official" object): the parts of a 公文 or a 简报
the brief may carry, read strictly, each refusal naming its field."""
from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass
from typing import Any

FONT_PROFILES = ("official", "windows")       # 机关常用 (仿宋_GB2312 …) or Windows 自带 (仿宋, 黑体 …)


@dataclass
class OfficialSettings:
    """The parts of a Chinese official layout a brief may carry; empty text leaves the part out."""
    font_profile: str = "official"
    issuer: str = ""            # 发文机关标志, e.g. 四川省商务厅文件 (公文式)
    doc_number: str = ""        # 发文字号, e.g. 川商〔2026〕12号
    copy_number: str = ""       # 份号: digits, printed as six
    classification: str = ""    # 密级和保密期限, e.g. 秘密★1年
    urgency: str = ""           # 紧急程度, e.g. 特急
    signature: str = ""         # 发文机关署名 above the date (default: the organisation)
    cc: str = ""                # 抄送 (版记)
    printed_by: str = ""        # 印发机关 (版记)
    print_date: str = ""        # 印发日期, ISO date (版记)
    bulletin: str = ""          # the bulletin's name in the red masthead (简报式)
    issue: str = ""             # 第N期: a whole number
    compiler: str = ""          # 编印单位, left above the red rule
    serial: str = ""            # 编号, top right
    report_to: str = ""         # 报
    send_to: str = ""           # 送
    issue_to: str = ""          # 发
    copies: str = ""            # 共印N份: a whole number

    def to_dict(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


_DIGIT_FIELDS = ("copy_number", "issue", "copies")
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def read_official(value: Any) -> OfficialSettings:
    """The recipe's "official" object, checked field by field (RecipeError names the field)."""
    from ftz_desktop.core.recipe import RecipeError, _choice, _text, _type_name  # recipe imports this module

    if not isinstance(value, dict):
        raise RecipeError("official", f"expected an object of layout settings, got {_type_name(value)}")
    known = set(OfficialSettings().to_dict())
    unknown = sorted(set(value) - known)
    if unknown:
        raise RecipeError(f"official.{unknown[0]}", "is not a layout setting (misspelt?)")
    settings = {name: _text(text, f"official.{name}").strip() for name, text in value.items()}
    if "font_profile" in settings:
        _choice(settings["font_profile"], "official.font_profile", FONT_PROFILES)
    for name in _DIGIT_FIELDS:
        # Digits 0-9, full-width ones too (a Chinese input method types them); "²" or "三" is no number.
        digits = settings.get(name, "").translate(_FULL_WIDTH_DIGITS)
        if digits and not re.fullmatch(r"[0-9]+", digits):
            raise RecipeError(f"official.{name}", f"expected a whole number, got {json.dumps(settings[name])}")
        if name in settings:
            settings[name] = digits
    if settings.get("print_date"):
        try:
            _dt.date.fromisoformat(settings["print_date"])
        except ValueError:
            raise RecipeError("official.print_date", "expected a date such as 2026-12-01, got "
                              f"{json.dumps(settings['print_date'], ensure_ascii=False)}") from None
    if len(settings.get("copy_number", "")) > 6:
        raise RecipeError("official.copy_number", "has at most six digits")
    return OfficialSettings(**settings)
