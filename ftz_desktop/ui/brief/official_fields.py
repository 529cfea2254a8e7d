"""The settings of the Chinese official layouts as the Brief tab shows them: which parts each layout has, each
part's label, hint and example in an office clerk's words, and the check of what is typed.

The values are ``core.recipe.OfficialSettings``; core checks a recipe read from a file, this module checks the
typing before a value reaches the recipe, so the message stands at the field. Full-width digits (１２, typed
with a Chinese input method) count as digits, and a 印发日期 may be typed as 2026年3月5日 or 2026-3-5: the
value kept is plain digits and an ISO date, as core and the Word writer read them.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ftz_desktop.brief.layouts import PROFILE_NAMES, PROFILES
from ftz_desktop.ui.i18n import QT_TRANSLATE_NOOP

TR_CONTEXT = "OfficialSettings"
MAX_COPY_DIGITS = 6       # 份号: six digits at most (GB/T 9704 prints it as six)


@dataclass(frozen=True)
class OfficialField:
    """One part of a layout: its label, the tooltip, an example shown in the empty field, and what it takes
    ("text", "digits" or "date")."""
    name: str
    label: str
    tip: str
    example: str
    kind: str = "text"


_FIELDS = (
    OfficialField("copy_number", QT_TRANSLATE_NOOP("OfficialSettings", "Copy number"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "Which copy this is, up to six digits; printed as six digits "
                                                        "at the top left of the first page (12 becomes 000012)"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "e.g. 12"), "digits"),
    OfficialField("classification", QT_TRANSLATE_NOOP("OfficialSettings", "Classification"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "The classification and its period, top left of the first "
                                                        "page; left empty, the title page's Marking is printed "
                                                        "there. Leave both empty for an unclassified document"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "e.g. 秘密★1年")),
    OfficialField("urgency", QT_TRANSLATE_NOOP("OfficialSettings", "Urgency"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "Top left of the first page, below the classification: "
                                                        "特急 or 加急"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "e.g. 特急")),
    OfficialField("serial", QT_TRANSLATE_NOOP("OfficialSettings", "Serial number"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "Top right of the first page, printed as 编号：…"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "e.g. 0012")),
    OfficialField("issuer", QT_TRANSLATE_NOOP("OfficialSettings", "Issuing authority"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "The issuing authority's name in large red type, centred at "
                                                        "the head of the first page"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "e.g. 四川省商务厅文件")),
    OfficialField("bulletin", QT_TRANSLATE_NOOP("OfficialSettings", "Bulletin name"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "The bulletin's name in large red type at the head of the "
                                                        "first page; left empty, the brief's Title is used"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "e.g. 自贸试验区工作简报")),
    OfficialField("issue", QT_TRANSLATE_NOOP("OfficialSettings", "Issue number"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "Printed below the bulletin's name as 第…期: a whole number"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "e.g. 12"), "digits"),
    OfficialField("doc_number", QT_TRANSLATE_NOOP("OfficialSettings", "Document number"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "The issuer's code, the year in 〔〕 and the number, centred "
                                                        "above the red line"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "e.g. 川商〔2026〕12号")),
    OfficialField("compiler", QT_TRANSLATE_NOOP("OfficialSettings", "Compiled by"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "Left above the red rule, with the brief's Date on the right; "
                                                        "left empty, the Organisation is used"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "Empty: the Organisation")),
    OfficialField("signature", QT_TRANSLATE_NOOP("OfficialSettings", "Signed by"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "The issuer's name after the text, above the date; left "
                                                        "empty, the Organisation is used"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "Empty: the Organisation")),
    OfficialField("cc", QT_TRANSLATE_NOOP("OfficialSettings", "Copied to"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "In the colophon at the foot of the last page; separate the "
                                                        "bodies with commas (the closing full stop is added)"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "e.g. 省发展改革委，省财政厅")),
    OfficialField("printed_by", QT_TRANSLATE_NOOP("OfficialSettings", "Printed by"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "Left in the colophon, usually the issuer's general office"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "e.g. 四川省商务厅办公室")),
    OfficialField("print_date", QT_TRANSLATE_NOOP("OfficialSettings", "Print date"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "Right in the colophon, printed as 2026年3月5日印发; type "
                                                        "2026-03-05 or 2026年3月5日"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "e.g. 2026-03-05"), "date"),
    OfficialField("report_to", QT_TRANSLATE_NOOP("OfficialSettings", "Report to"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "After 报： at the end of the bulletin: the higher bodies it "
                                                        "is reported to"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "e.g. 省委办公厅，省政府办公厅")),
    OfficialField("send_to", QT_TRANSLATE_NOOP("OfficialSettings", "Send to"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "After 送： at the end of the bulletin: the bodies at the same "
                                                        "level it is sent to"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "e.g. 省直有关部门")),
    OfficialField("issue_to", QT_TRANSLATE_NOOP("OfficialSettings", "Issue to"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "After 发： at the end of the bulletin: the units below it is "
                                                        "issued to"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "e.g. 各片区管委会")),
    OfficialField("copies", QT_TRANSLATE_NOOP("OfficialSettings", "Copies printed"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "Printed at the end as （共印…份）: a whole number"),
                  QT_TRANSLATE_NOOP("OfficialSettings", "e.g. 200"), "digits"),
)
# In the order they stand on the page; a layout shows the ones it prints.
FIELDS: dict[str, OfficialField] = {spec.name: spec for spec in _FIELDS}
LAYOUT_FIELDS = {
    "gbt9704": ("copy_number", "classification", "urgency", "issuer", "doc_number", "signature", "cc", "printed_by",
                "print_date"),
    "jianbao": ("classification", "serial", "bulletin", "issue", "compiler", "report_to", "send_to", "issue_to",
                "copies"),
}
LAYOUT_TITLES = {"gbt9704": QT_TRANSLATE_NOOP("OfficialSettings", "Parts of the official document"),
                 "jianbao": QT_TRANSLATE_NOOP("OfficialSettings", "Masthead and distribution of the bulletin")}
FONT_PROFILE_LABEL = QT_TRANSLATE_NOOP("OfficialSettings", "Font profile")
# How a profile is listed: its Chinese name (the name the pre-export check uses), explained in English.
PROFILE_LABELS = {"official": QT_TRANSLATE_NOOP("OfficialSettings", "{name} (office fonts)"),
                  "windows": QT_TRANSLATE_NOOP("OfficialSettings", "{name} (Windows fonts)")}
PROFILE_FACES = QT_TRANSLATE_NOOP("OfficialSettings", "{name}: title {title}, headings {heading1} and {heading2}, "
                                                      "text {body}")

_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_DATE = re.compile(r"(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?")
# The start of a date being typed (2026-0, 2026年3): no message until the field is left.
_DATE_START = re.compile(r"\d{1,4}(?:\s*(?:[-/.]|年)\s*(?:\d{1,2}(?:\s*(?:[-/.]|月)\s*\d{0,2})?)?)?")


def _tr(text: object) -> str:
    return QCoreApplication.translate(TR_CONTEXT, str(text))


def label(name: str) -> str:
    """The part's label in the user's language (字体方案 for the font profile)."""
    return _tr(FONT_PROFILE_LABEL if name == "font_profile" else FIELDS[name].label)


def change_text(name: str) -> str:
    """What an edit of the part is called after "Undo": edit 'Issue number' (the font profile is chosen)."""
    if name == "font_profile":
        return _tr(QT_TRANSLATE_NOOP("OfficialSettings", "change the font profile"))
    return _tr(QT_TRANSLATE_NOOP("OfficialSettings", "edit '{part}'")).format(part=label(name))


def profile_label(profile: str) -> str:
    return _tr(PROFILE_LABELS[profile]).format(name=PROFILE_NAMES[profile])


def profile_faces(profile: str) -> str:
    """"机关常用：标题方正小标宋简体，一级标题黑体 …" from the layout's own table of faces."""
    return _tr(PROFILE_FACES).format(name=PROFILE_NAMES[profile], **PROFILES[profile])


def checked(name: str, text: str, finished: bool = True) -> tuple[str, str]:
    """(the value to keep, "") for what was typed in ``name``, or ("", the message naming the field).
    While the field is being typed in (not ``finished``), the start of a date is no mistake yet: ("", "")."""
    text = text.strip()
    kind = FIELDS[name].kind if name in FIELDS else "text"
    if not text or kind == "text":
        return text, ""
    if kind == "digits":
        digits = text.translate(_FULL_WIDTH_DIGITS)
        if not re.fullmatch(r"[0-9]+", digits):
            return "", _tr(QT_TRANSLATE_NOOP("OfficialSettings", "{field} takes digits only, e.g. {example}")).format(
                field=label(name), example=_example_number(name))
        if name == "copy_number" and len(digits) > MAX_COPY_DIGITS:
            return "", _tr(QT_TRANSLATE_NOOP("OfficialSettings", "{field} has at most six digits")).format(
                field=label(name))
        return digits, ""
    text = text.translate(_FULL_WIDTH_DIGITS)
    match = _DATE.fullmatch(text)
    if match is None and not finished and _DATE_START.fullmatch(text):
        return "", ""
    try:
        day = _dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3))) if match else None
    except ValueError:        # 2026-02-30
        day = None
    if day is None:
        return "", _tr(QT_TRANSLATE_NOOP("OfficialSettings", "{field} is not a date; write it as 2026-03-05")).format(
            field=label(name))
    return day.isoformat(), ""


def _example_number(name: str) -> str:
    return {"copies": "200"}.get(name, "12")
