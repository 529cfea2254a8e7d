import pytest

from ftz_desktop.core.domain.formatting import format_number, format_observation, format_with_unit
from ftz_desktop.core.domain.model import Indicator, Observation


def _ind(unit, decimals=2):
    return Indicator(id="x", name="X", unit=unit, decimals=decimals)


def test_numbers_read_as_stated():
    assert format_number(834.64, 3) == "834.64"
    assert format_number(460.588, 3) == "460.588"
    assert format_number(190300, 0) == "190,300"
    assert format_number(25.0, 1) == "25"
    assert format_number(None, 2) == "—"


def test_units_and_qualifiers():
    assert format_with_unit(31.2, _ind("%", 1)) == "31.2%"
    assert format_with_unit(104, _ind("count", 0)) == "104"
    assert format_with_unit(834.64, _ind("billion yuan")) == "834.64 billion yuan"
    assert format_with_unit(1, _ind("hours", 0)) == "1 hour"
    assert format_with_unit(2, _ind("hours", 0)) == "2 hours"
    obs = Observation("x", "SC", "2023", 1300, qualifier="more_than")
    assert format_observation(obs, _ind("count", 0)) == "more than 1,300"


# --- Chinese statistical convention ------------------------------------------------------------------------

def _zh(value, unit, decimals, qualifier=""):
    from ftz_desktop.core.domain.formatting import format_observation
    from ftz_desktop.core.domain.model import Indicator, Observation

    return format_observation(Observation("x", "SC", "2022", value, qualifier), Indicator("x", "x", unit,
                                                                                          decimals=decimals), "zh")


@pytest.mark.parametrize("value, unit, decimals, qualifier, shown", [
    (834.64, "billion yuan", 2, "", "8346.4亿元"),            # the issue's own examples
    (1.9, "trillion yuan", 1, "more_than", "超过1.9万亿元"),
    (1900, "billion yuan", 0, "", "1.9万亿元"),
    (3.2, "billion USD", 1, "", "32亿美元"),
    (190_300, "TEU", 0, "", "19.03万标箱"),
    (5_170, "TEU", 0, "", "5170标箱"),
    (1_300, "count", 0, "more_than", "超过1300"),                # digits ungrouped, GB/T 15835
    (345_000_000, "count", 0, "", "3.45亿"),                    # never 3亿4500万
    (25, "%", 1, "nearly", "近25%"),
    (10, "%", 0, "about", "约10%"),
    (0.025, "%", 3, "less_than", "不足0.025%"),
    (1, "hours", 0, "", "1小时"),
    (-3.5, "percentage points", 1, "", "-3.5个百分点"),
])
def test_chinese_figures_follow_chinese_statistical_convention(value, unit, decimals, qualifier, shown):
    assert _zh(value, unit, decimals, qualifier) == shown


def test_a_chinese_display_unit_is_a_rule_over_the_stored_value():
    from ftz_desktop.core.domain.formatting import zh_unit
    from ftz_desktop.core.domain.model import Indicator

    trade = Indicator("t", "t", "billion yuan", decimals=2)
    assert zh_unit(trade, [253.849, 834.64]) == (10, "亿元")     # one unit for the whole series
    assert zh_unit(trade, [834.64, 1900]) == (1e-3, "万亿元")
