"""The study's English content: structure, clean prose, and figures that all come from the data."""
from __future__ import annotations

import re
from itertools import combinations

import pytest

from ftz_desktop.core.study.content import ContentError, Item, load_content
from ftz_desktop.core.study.shipped import load_shipped_dataset
from ftz_desktop.core.study.textfill import FIGURE, figure_refs, fill_figures

# The chart ids agreed in docs/INTERFACES.md.
CHART_IDS = {
    "chengdu_trade_2017_2022",
    "bri_trade_2013_2022",
    "chengdu_trade_by_mode_2022",
    "luzhou_port",
    "ftz_fdi_share",
    "ftz_weight_in_province",
}

ITEM_PREFIX = {"status": "status-", "shortcomings": "sc-", "opportunities": "op-", "recommendations": "rec-"}


@pytest.fixture(scope="module")
def content():
    return load_content("en")


@pytest.fixture(scope="module")
def dataset():
    return load_shipped_dataset()


def _item_texts(item: Item) -> list[str]:
    return [item.title, item.summary, *item.paragraphs]


def _all_texts(content) -> list[tuple[str, str]]:
    """(where, text) for every piece of prose: section intros, item titles, summaries and paragraphs."""
    texts: list[tuple[str, str]] = []
    for section in content.sections:
        texts.append((f"{section.id} title", section.title))
        texts += [(f"{section.id} intro", p) for p in section.intro]
        for item in section.items:
            texts.append((f"{item.id} title", item.title))
            texts.append((f"{item.id} summary", item.summary))
            texts += [(f"{item.id} text", p) for p in item.paragraphs]
    return texts


def _body_texts(content) -> list[tuple[str, str]]:
    """Section intros and item paragraphs (summaries restate the text by design)."""
    texts: list[tuple[str, str]] = []
    for section in content.sections:
        texts += [(f"{section.id} intro", p) for p in section.intro]
        for item in section.items:
            texts += [(f"{item.id} text", p) for p in item.paragraphs]
    return texts


def _normalise(text: str) -> str:
    text = FIGURE.sub(" # ", text).lower()
    text = re.sub(r"[^a-z0-9#]+", " ", text)
    return " ".join(text.split())


_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+(?=[A-Z\"“{(])")


def _sentences(text: str) -> list[str]:
    return [s for s in (part.strip() for part in _SENTENCE_END.split(text)) if s]


# --- structure ---------------------------------------------------------------------------------

def test_sections_in_order_with_the_studys_numbers(content):
    assert [(s.id, s.number) for s in content.sections] == [
        ("status", "2.1"), ("shortcomings", "2.2"), ("opportunities", "3"),
        ("recommendations", "4"), ("conclusion", "5")]


def test_item_counts_match_the_study(content):
    assert len(content.section("shortcomings").items) == 4
    assert len(content.section("opportunities").items) == 5
    assert len(content.section("recommendations").items) == 6
    assert [i.id for i in content.section("conclusion").items] == ["conclusion"]
    assert len(content.section("status").items) >= 4


def test_every_item_has_title_summary_and_text(content):
    for item in content.all_items():
        assert item.title.strip(), item.id
        assert len(item.summary.split()) >= 15, f"{item.id}: summary too short for a brief"
        assert len(item.summary.split()) <= 90, f"{item.id}: summary is longer than one brief paragraph"
        assert item.paragraphs and all(p.strip() for p in item.paragraphs), item.id
        assert sum(len(p.split()) for p in item.paragraphs) > len(item.summary.split()), \
            f"{item.id}: the full text should say more than the summary"


def test_item_ids_unique_and_prefixed_by_section(content):
    ids = [i.id for i in content.all_items()]
    assert len(ids) == len(set(ids))
    for section in content.sections:
        prefix = ITEM_PREFIX.get(section.id)
        for item in section.items:
            assert item.section_id == section.id
            if prefix:
                assert item.id.startswith(prefix), f"{item.id} should start with {prefix}"
            assert content.item(item.id) is item


def test_refs_are_reference_numbers(content):
    cited = set()
    for item in content.all_items():
        for ref in item.refs:
            assert ref.isdigit() and int(ref) >= 1, f"{item.id}: '{ref}' is not a reference number"
            cited.add(int(ref))
    # The study's numbered citations in these sections: [5] [6] in 2.1/2.2, [10] [11] in 3, [7] [8] [9] in 4.
    assert cited == {5, 6, 7, 8, 9, 10, 11}


def test_listed_charts_are_known(content):
    used = set()
    for item in content.all_items():
        unknown = set(item.charts) - CHART_IDS
        assert not unknown, f"{item.id}: unknown chart id(s) {sorted(unknown)}"
        used |= set(item.charts)
    assert used == CHART_IDS, f"charts no item cites: {sorted(CHART_IDS - used)}"


# --- clean prose -----------------------------------------------------------------------------

def test_no_paragraph_or_sentence_repeated(content):
    seen_paragraphs: dict[str, str] = {}
    seen_sentences: dict[str, str] = {}
    for where, text in _all_texts(content):
        if where.endswith("title"):
            continue
        key = _normalise(text)
        assert key not in seen_paragraphs, f"{where} repeats {seen_paragraphs.get(key)}"
        seen_paragraphs[key] = where
        for sentence in _sentences(text):
            skey = _normalise(sentence)
            if len(skey.split()) < 4:
                continue
            assert skey not in seen_sentences, f"{where} repeats a sentence of {seen_sentences.get(skey)}: {sentence!r}"
            seen_sentences[skey] = where


_STOPWORDS = set("""the a an and or of to in on for with by as at from that this these those is are was were be been
has have had it its their them they which who whom than then so such also more most other into under over all
any each not no can will should must may our we""".split())


def _stems(sentence: str) -> set[str]:
    """Content words cut to six letters; a figure reference counts as its indicator id."""
    text = FIGURE.sub(lambda m: " ref" + m.group(1).replace("_", "") + " ", sentence).lower()
    return {w[:6] for w in re.sub(r"[^a-z0-9]+", " ", text).split() if w not in _STOPWORDS and len(w) > 2}


def test_no_near_duplicate_sentences_in_the_text(content):
    """The source repeats sentences in other words (its re-translated paragraphs share 56-68% of their
    content words); distinct sentences stay well under half, and the text must say each thing once."""
    sentences = [(where, s, _stems(s)) for where, text in _body_texts(content) for s in _sentences(text)]
    sentences = [entry for entry in sentences if len(entry[2]) >= 6]
    for (w1, s1, a), (w2, s2, b) in combinations(sentences, 2):
        overlap = len(a & b) / len(a | b)
        assert overlap < 0.5, f"near-duplicate sentences ({overlap:.2f}):\n  {w1}: {s1}\n  {w2}: {s2}"


def test_near_duplicate_check_catches_the_sources_rewordings():
    first = ("At the same time, the needs and difficulties of enterprises are effectively considered, and the "
             "complicated and unnecessary administrative approval procedures and materials required for "
             "enterprise applications are simplified, to save enterprises' time and costs.")
    second = ("At the same time, effectively take into account the needs and difficulties of the enterprises, and "
              "simplify the redundant and unnecessary administrative approval procedures and the materials "
              "required for the application of the enterprises, and save the time and cost of doing business.")
    a, b = _stems(first), _stems(second)
    assert len(a & b) / len(a | b) >= 0.5


@pytest.mark.parametrize("pattern", [r"embroider", r"colou?r[- ]matching", r"\bhalo\b", r"\btint\b",
                                     r"folk paint", r"\bgorgeous\b", r"artistic appeal"])
def test_nothing_off_topic(content, pattern):
    for where, text in _all_texts(content):
        assert not re.search(pattern, text, re.IGNORECASE), f"off-topic text in {where}: {text[:80]!r}"


def test_no_machine_translation_debris(content):
    for where, text in _all_texts(content):
        assert not re.search(r"\b(\w+) \1\b", text, re.IGNORECASE), f"doubled word in {where}"
        assert "hereinafter" not in text.lower(), where
        assert "\u201c" not in text and "\u201d" not in text, f"curly quotes from the source in {where}"
        assert not re.search(r"\[\d+\]", text), f"inline citation in {where}; use the refs: line"


# --- figures come from the data ---------------------------------------------------------------

def test_every_reference_is_well_formed(content):
    for where, text in _all_texts(content):
        leftover = FIGURE.sub("", text)
        assert "{{" not in leftover and "}}" not in leftover, f"malformed figure reference in {where}"


def test_every_reference_resolves_to_a_value(content, dataset):
    for where, text in _all_texts(content):
        for ref in figure_refs(text):
            obs = dataset.get(*ref.key)
            assert obs is not None and obs.value is not None, f"{where}: {'|'.join(ref.key)} has no value"
        assert "[no data" not in fill_figures(text, dataset), where


def test_no_figure_written_by_hand(content):
    """Outside references only years and ordinals may be written in digits."""
    allowed = re.compile(r"^(19|20)\d\d$|^\d+(st|nd|rd|th)$")
    for where, text in _all_texts(content):
        bare = FIGURE.sub(" ", text).replace("Fortune Global 500", "Fortune Global")
        for number in re.findall(r"\d[\d,.]*(?:st|nd|rd|th)?", bare):
            token = number.rstrip(".,")
            assert allowed.match(token), f"{where}: '{token}' is written by hand; use a data reference"


def test_qualifiers_come_only_from_the_data(content, dataset):
    qualifier_words = re.compile(r"(more than|less than|nearly|about|over|almost|around|approximately|"
                                 r"exceed(?:ed|ing)?|above|passed|up to)\s*$", re.IGNORECASE)
    for where, text in _all_texts(content):
        for ref in figure_refs(text):
            obs = dataset.get(*ref.key)
            if obs is not None and obs.qualifier:
                before = text[max(0, ref.start - 30):ref.start]
                assert not qualifier_words.search(before), \
                    f"{where}: '{before.strip()}' before {'|'.join(ref.key)} doubles its qualifier"


def test_listed_indicators_exist_and_cover_the_references(content, dataset):
    for item in content.all_items():
        unknown = set(item.indicators) - set(dataset.indicators)
        assert not unknown, f"{item.id}: unknown indicator(s) {sorted(unknown)}"
        referenced = {ref.key[0] for text in _item_texts(item) for ref in figure_refs(text)}
        missing = referenced - set(item.indicators)
        assert not missing, f"{item.id}: references {sorted(missing)} but does not list them in indicators:"


def test_every_status_figure_is_in_the_status_section(content, dataset):
    status = content.section("status")
    referenced = {ref.key[0] for item in status.items for text in _item_texts(item) for ref in figure_refs(text)}
    expected = {i.id for i in dataset.indicators.values() if i.section == "status"}
    assert expected, "no indicator belongs to the status section"
    assert expected <= referenced, f"status figures missing from section 2.1: {sorted(expected - referenced)}"


def test_every_indicator_is_referenced_in_its_own_section(content, dataset):
    for indicator in dataset.indicators.values():
        section = content.section(indicator.section)
        assert section is not None, f"{indicator.id}: unknown section '{indicator.section}'"
        referenced = {ref.key[0] for item in section.items for text in _item_texts(item)
                      for ref in figure_refs(text)}
        assert indicator.id in referenced, f"{indicator.id} is not stated in section {section.number}"


def test_every_observation_with_a_value_is_stated(content, dataset):
    referenced = {ref.key for _, text in _all_texts(content) for ref in figure_refs(text)}
    dropped = [o.key for o in dataset.observations if o.value is not None and o.key not in referenced]
    assert not dropped, f"figures of the study that no item states: {dropped}"


def test_rendered_figures_read_as_prose(content, dataset):
    percent = {i.id for i in dataset.indicators.values() if i.is_percent}
    for where, text in _all_texts(content):
        for ref in figure_refs(text):
            rendered = fill_figures(text[ref.start:ref.end], dataset)
            if ref.key[0] in percent:
                assert rendered.endswith("%"), f"{where}: {rendered!r}"
            assert "count" not in rendered, f"{where}: {rendered!r}"
        filled = fill_figures(text, dataset)
        assert not re.search(r"(^|[.!?]\s+)[a-z]", filled), f"{where}: a sentence starts in lower case: {filled!r}"
        assert not re.search(r"\b(more than|about|nearly|less than) (more than|about|nearly|less than)\b",
                             filled), f"{where}: doubled qualifier in {filled!r}"


def test_figures_follow_edits_to_the_data(content, dataset):
    """The text is not frozen: change an observation and the prose changes with it."""
    from dataclasses import replace

    from ftz_desktop.core.domain.model import Dataset

    item = content.item("status-chengdu-trade")
    key = ("chengdu_goods_trade_total", "CD", "2022")
    assert any(ref.key == key for p in item.paragraphs for ref in figure_refs(p))
    edited = Dataset(indicators=dataset.indicators,
                     observations=[replace(o, value=900.5) if o.key == key else o for o in dataset.observations],
                     sources=dataset.sources, geographies=dataset.geographies)
    before = " ".join(fill_figures(p, dataset) for p in item.paragraphs)
    after = " ".join(fill_figures(p, edited) for p in item.paragraphs)
    assert "834.64 billion yuan" in before and "834.64 billion yuan" not in after
    assert "900.5 billion yuan" in after


# --- the parser's refusals ---------------------------------------------------------------------

GOOD_HEADER = "---\nid: demo\ntitle: Demo\nnumber: 9\n---\n"


def _write(tmp_path, text: str, name: str = "01-demo.md"):
    (tmp_path / name).write_text(text, encoding="utf-8")


def test_refuses_item_without_summary(tmp_path):
    _write(tmp_path, GOOD_HEADER + "Intro.\n\n## A title {#demo-a}\nrefs: 1\n\nOnly full text.\n")
    with pytest.raises(ContentError, match=r"01-demo\.md line 8: item 'demo-a' needs a summary"):
        load_content(root=tmp_path)


def test_refuses_heading_without_id(tmp_path):
    _write(tmp_path, GOOD_HEADER + "\n## A title without an id\n\n> Summary.\n\nText.\n")
    with pytest.raises(ContentError, match=r"01-demo\.md line 7: an item heading needs an id"):
        load_content(root=tmp_path)


def test_refuses_unclosed_header(tmp_path):
    _write(tmp_path, "---\nid: demo\ntitle: Demo\n\n## A {#demo-a}\n\n> Summary.\n\nText.\n")
    with pytest.raises(ContentError, match=r"01-demo\.md.*header is not closed"):
        load_content(root=tmp_path)


def test_unclosed_header_message_names_the_line(tmp_path):
    _write(tmp_path, "---\nid: demo\ntitle: Demo\n\n## A {#demo-a}\n\n> Summary.\n\nText.\n")
    with pytest.raises(ContentError, match=r"01-demo\.md line 1"):
        load_content(root=tmp_path)


def test_refuses_duplicate_item_id_across_files(tmp_path):
    _write(tmp_path, GOOD_HEADER + "## A {#same}\n\n> Summary.\n\nText.\n", "01-a.md")
    _write(tmp_path, GOOD_HEADER.replace("demo", "other") + "## B {#same}\n\n> Summary.\n\nText.\n", "02-b.md")
    with pytest.raises(ContentError, match=r"'same'.*demo.*other"):
        load_content(root=tmp_path)


def test_the_chinese_study_has_every_id_and_figure_of_the_english():
    """Same sections, items, references, indicators, charts, paragraphs and figure placeholders."""
    import re

    from ftz_desktop.core.study.content import load_content as load

    def shape(content):
        placeholders = re.compile(r"\{\{[^}]+\}\}")
        return [(s.id, s.number, len(s.intro), [(i.id, i.refs, i.indicators, i.charts, len(i.paragraphs),
                                                  sorted(placeholders.findall(i.summary)),
                                                  [sorted(placeholders.findall(p)) for p in i.paragraphs])
                                                 for i in s.items]) for s in content.sections]

    english, chinese = load("en"), load("zh")
    assert shape(chinese) == shape(english)
    for section in chinese.sections:
        for item in section.items:
            text = item.title + item.summary + item.full_text
            # no English left; 关银一KEY通 is the service's own name
            assert not re.search(r"[A-Za-z]{3,}", placeholders_removed(text).replace("关银一KEY通", "")), item.id


def placeholders_removed(text: str) -> str:
    import re

    return re.sub(r"\{\{[^}]+\}\}", "", text)


def test_chinese_lines_of_a_paragraph_join_without_a_space():
    from ftz_desktop.core.study.content import join_lines

    assert join_lines(["四川自贸试验区", "成都片区"]) == "四川自贸试验区成都片区"
    assert join_lines(["the zone's", "trade"]) == "the zone's trade"
    assert join_lines(["占比为{{x|SC|2022}}", "。"]) == "占比为{{x|SC|2022}}。"
