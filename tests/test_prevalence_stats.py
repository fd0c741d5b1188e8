"""Every statistic of flagger.prevalence.stats against an independent reference or a worked example."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats as sps

from flagger.prevalence.stats import (
    Accuracy,
    Pair,
    clopper_pearson_interval,
    corrected_prevalence,
    group_difference_test,
    lift,
    phi,
    proportion_interval,
    rogan_gladen,
    wilson_interval,
)

COUNTS = [(0, 1), (1, 1), (0, 10), (10, 10), (3, 17), (1, 250), (249, 250), (50, 1000), (500, 1000)]


@pytest.mark.parametrize(("k", "n"), COUNTS)
@pytest.mark.parametrize("level", [0.90, 0.95, 0.99])
def test_wilson_matches_scipy(k: int, n: int, level: float) -> None:
    ref = sps.binomtest(k, n).proportion_ci(confidence_level=level, method="wilson")
    assert wilson_interval(k, n, level=level) == pytest.approx((ref.low, ref.high), abs=1e-12)


@pytest.mark.parametrize(("k", "n"), COUNTS)
@pytest.mark.parametrize("level", [0.90, 0.95, 0.99])
def test_clopper_pearson_matches_scipy(k: int, n: int, level: float) -> None:
    ref = sps.binomtest(k, n).proportion_ci(confidence_level=level, method="exact")
    assert clopper_pearson_interval(k, n, level=level) == pytest.approx((ref.low, ref.high), abs=1e-9)


def test_interval_edges_are_exact() -> None:
    assert wilson_interval(0, 10)[0] == 0.0
    assert clopper_pearson_interval(0, 10)[0] == 0.0
    assert clopper_pearson_interval(10, 10)[1] == 1.0
    # Clopper-Pearson for 0 of n has the closed form 1 - (alpha/2)^(1/n)
    assert clopper_pearson_interval(0, 10)[1] == pytest.approx(1 - 0.025 ** (1 / 10))


def test_no_notes_gives_nan_not_an_error() -> None:
    assert all(math.isnan(v) for v in wilson_interval(0, 0) + clopper_pearson_interval(0, 0))


def test_proportion_interval_dispatches_and_rejects_unknown_method() -> None:
    assert proportion_interval(3, 17, method="clopper-pearson") == clopper_pearson_interval(3, 17)
    assert proportion_interval(3, 17) == wilson_interval(3, 17)
    with pytest.raises(ValueError, match="unknown interval method"):
        proportion_interval(3, 17, method="wald")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="0 <= k <= n"):
        wilson_interval(5, 4)


@pytest.mark.parametrize(("ap", "se", "sp", "expected"), [
    # (0.20 + 0.95 - 1) / (0.90 + 0.95 - 1) = 0.15 / 0.85
    (0.20, 0.90, 0.95, 0.15 / 0.85),
    # a perfect test changes nothing
    (0.37, 1.0, 1.0, 0.37),
    # Rogan & Gladen's example shape: AP below the false-positive rate is clipped to 0
    (0.03, 0.90, 0.95, 0.0),
    # AP above Se is clipped to 1
    (0.95, 0.90, 0.99, 1.0),
])
def test_rogan_gladen_hand_worked(ap: float, se: float, sp: float, expected: float) -> None:
    assert rogan_gladen(ap, se, sp) == pytest.approx(expected)


@pytest.mark.parametrize(("se", "sp"), [(0.5, 0.5), (0.3, 0.6), (0.0, 0.0)])
def test_rogan_gladen_undefined_when_no_better_than_chance(se: float, sp: float) -> None:
    assert math.isnan(rogan_gladen(0.2, se, sp))


def _acc(se_hits: float, se_n: float, sp_hits: float, sp_n: float) -> Accuracy:
    return Accuracy(se_hits=se_hits, se_n=se_n, sp_hits=sp_hits, sp_n=sp_n, source="test sample")


# The worked examples of Lang & Reiczigel (2014), Prev Vet Med 113:13-22, as published (3 decimals).
LANG_REICZIGEL_EXAMPLES = [
    # (positives, n, Se hits, nSe, Sp hits, nSp, published low, published high)
    (4060, 11284, 178, 179, 358, 359, 0.349, 0.372),
    (51, 2971, 32, 33, 20, 20, 0.0, 0.053),
    (712, 11862, 8, 10, 12, 12, 0.0, 0.147),
    (259, 509, 84, 127, 96, 109, 0.58, 0.87),
    (51, 509, 23, 41, 187, 195, 0.037, 0.195),
]


@pytest.mark.parametrize(("k", "n", "se_k", "se_n", "sp_k", "sp_n", "low", "high"), LANG_REICZIGEL_EXAMPLES)
def test_lang_reiczigel_reproduces_published_examples(k: int, n: int, se_k: int, se_n: int, sp_k: int,
                                                      sp_n: int, low: float, high: float) -> None:
    result = corrected_prevalence(k, n, _acc(se_k, se_n, sp_k, sp_n))
    decimals = 2 if low == 0.58 else 3
    assert round(result.low, decimals) == pytest.approx(low)
    assert round(result.high, decimals) == pytest.approx(high)
    assert result.estimate == pytest.approx(rogan_gladen(k / n, se_k / se_n, sp_k / sp_n))


def test_corrected_interval_widens_with_a_smaller_validation_sample() -> None:
    big = corrected_prevalence(100, 1000, _acc(900, 1000, 950, 1000))
    small = corrected_prevalence(100, 1000, _acc(9, 10, 19, 20))
    assert small.high - small.low > big.high - big.low


@pytest.mark.parametrize(("k", "n"), [(0, 50), (50, 50), (1, 1), (0, 1)])
def test_corrected_edges_stay_in_unit_interval(k: int, n: int) -> None:
    result = corrected_prevalence(k, n, _acc(45, 50, 190, 200))
    assert 0.0 <= result.low <= result.high <= 1.0
    assert 0.0 <= result.estimate <= 1.0


def test_chance_level_tool_is_reported_not_crashed() -> None:
    result = corrected_prevalence(30, 100, _acc(5, 10, 5, 10))  # Se + Sp = 1
    assert not result.available and math.isnan(result.low)
    assert "<= 1" in result.note


@pytest.mark.parametrize(("acc", "reason"), [
    (_acc(0, 0, 90, 100), "sensitivity unknown"),
    (_acc(9, 10, 0, 0), "specificity unknown"),
])
def test_missing_validation_side_is_reported(acc: Accuracy, reason: str) -> None:
    result = corrected_prevalence(10, 100, acc)
    assert not result.available and reason in result.note


def test_no_notes_cannot_be_corrected() -> None:
    assert corrected_prevalence(0, 0, _acc(9, 10, 9, 10)).note == "no notes"


def test_chi_square_matches_scipy_when_cells_are_large() -> None:
    present, totals = [30, 50, 45], [100, 100, 120]
    table = [[k, n - k] for k, n in zip(present, totals, strict=True)]
    ref = sps.chi2_contingency(table, correction=False)
    result = group_difference_test(present, totals)
    assert result.test == "chi-square"
    assert result.statistic == pytest.approx(ref.statistic)
    assert result.p_value == pytest.approx(ref.pvalue)
    assert result.dof == 2


def test_two_small_groups_use_fisher_exact() -> None:
    result = group_difference_test([1, 6], [10, 10])
    assert result.test == "fisher-exact"
    assert result.p_value == pytest.approx(sps.fisher_exact([[1, 9], [6, 4]]).pvalue)


def test_many_small_groups_use_seeded_monte_carlo_fisher() -> None:
    present, totals = [1, 4, 0, 6], [20, 25, 15, 30]
    first = group_difference_test(present, totals, seed=3)
    assert first.test.startswith("fisher-freeman-halton")
    assert first == group_difference_test(present, totals, seed=3)
    # close to the chi-square p-value on the same table (independent approximation)
    ref = sps.chi2_contingency([[k, n - k] for k, n in zip(present, totals, strict=True)]).pvalue
    assert abs(first.p_value - ref) < 0.15


def test_a_group_with_one_note_is_tested() -> None:
    result = group_difference_test([1, 3], [1, 40])
    assert result.test == "fisher-exact"
    assert result.p_value == pytest.approx(sps.fisher_exact([[1, 0], [3, 37]]).pvalue)


@pytest.mark.parametrize(("present", "totals", "note"), [
    ([0, 0], [10, 20], "no note has"),
    ([10, 20], [10, 20], "every note has"),
    ([3], [10], "fewer than two groups"),
])
def test_untestable_tables_are_explained(present: list[int], totals: list[int], note: str) -> None:
    result = group_difference_test(present, totals)
    assert math.isnan(result.p_value) and note in result.note


def _vectors(pair: Pair) -> tuple[np.ndarray, np.ndarray]:
    a = [1] * pair.both + [1] * pair.a_only + [0] * pair.b_only + [0] * pair.neither
    b = [1] * pair.both + [0] * pair.a_only + [1] * pair.b_only + [0] * pair.neither
    return np.array(a), np.array(b)


@pytest.mark.parametrize("pair", [Pair(20, 5, 7, 68), Pair(0, 10, 12, 78), Pair(3, 40, 2, 5), Pair(1, 0, 0, 1)])
def test_phi_is_the_correlation_of_the_two_indicators(pair: Pair) -> None:
    a, b = _vectors(pair)
    assert phi(pair) == pytest.approx(np.corrcoef(a, b)[0, 1])
    cramers_v = sps.contingency.association([[pair.both, pair.a_only], [pair.b_only, pair.neither]])
    assert abs(phi(pair)) == pytest.approx(cramers_v)


def test_lift_hand_worked() -> None:
    # 100 notes; a in 25, b in 27, both in 20: (20/100) / (0.25 * 0.27)
    assert lift(Pair(20, 5, 7, 68)) == pytest.approx(0.20 / (0.25 * 0.27))
    assert lift(Pair(5, 5, 5, 5)) == pytest.approx(1.0 * 20 * 5 / (10 * 10))


def test_association_undefined_when_an_indicator_never_occurs() -> None:
    assert math.isnan(phi(Pair(0, 0, 5, 95)))
    assert math.isnan(lift(Pair(0, 0, 5, 95)))
    assert math.isnan(phi(Pair(0, 0, 0, 0)))
