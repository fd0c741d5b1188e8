"""Pure statistics for prevalence estimates: intervals, misclassification correction, tests, association.

Nothing here reads files or knows about notes; every function takes counts and
returns numbers (``nan`` where a quantity is undefined, never an exception for
a legitimate edge case such as 0 of n).

References
----------
- Wilson, E.B. (1927). Probable inference, the law of succession, and statistical
  inference. JASA 22:209-212.
- Clopper, C.J., Pearson, E.S. (1934). The use of confidence or fiducial limits
  illustrated in the case of the binomial. Biometrika 26:404-413.
- Rogan, W.J., Gladen, B. (1978). Estimating prevalence from the results of a
  screening test. Am J Epidemiol 107:71-76.
- Lang, Z., Reiczigel, J. (2014). Confidence limits for prevalence of disease
  adjusted for estimated sensitivity and specificity. Prev Vet Med 113:13-22.
  (Equation 4 has a sign typo: the specificity term is weighted by (1-P)^2.)
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

import numpy as np
from scipy import stats

CiMethod = Literal["wilson", "clopper-pearson"]
CI_METHODS: tuple[str, ...] = ("wilson", "clopper-pearson")
NAN = float("nan")
# Cochran's rule: the chi-square approximation is trusted when every expected count is at least 5.
MIN_EXPECTED_FOR_CHI2 = 5.0
MONTE_CARLO_TABLES = 9999


def _z(level: float) -> float:
    if not 0.0 < level < 1.0:
        raise ValueError(f"confidence level must be between 0 and 1, got {level}")
    return float(stats.norm.ppf(1.0 - (1.0 - level) / 2.0))


def _check_counts(k: int, n: int) -> None:
    if n < 0 or k < 0 or k > n:
        raise ValueError(f"need 0 <= k <= n, got k={k}, n={n}")


def wilson_interval(k: int, n: int, *, level: float = 0.95) -> tuple[float, float]:
    """Wilson score interval for k successes in n trials (no continuity correction)."""
    _check_counts(k, n)
    if n == 0:
        return NAN, NAN
    z = _z(level)
    p = k / n
    denom = 1.0 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    low = 0.0 if k == 0 else max(0.0, centre - half)
    return low, 1.0 if k == n else min(1.0, centre + half)


def clopper_pearson_interval(k: int, n: int, *, level: float = 0.95) -> tuple[float, float]:
    """Clopper-Pearson ("exact") interval from beta quantiles."""
    _check_counts(k, n)
    if n == 0:
        return NAN, NAN
    alpha = 1.0 - level
    low = 0.0 if k == 0 else float(stats.beta.ppf(alpha / 2, k, n - k + 1))
    high = 1.0 if k == n else float(stats.beta.ppf(1 - alpha / 2, k + 1, n - k))
    return low, high


def proportion_interval(k: int, n: int, *, method: CiMethod = "wilson",
                        level: float = 0.95) -> tuple[float, float]:
    """A confidence interval for a binomial proportion by the named method."""
    if method == "wilson":
        return wilson_interval(k, n, level=level)
    if method == "clopper-pearson":
        return clopper_pearson_interval(k, n, level=level)
    raise ValueError(f"unknown interval method {method!r}; use one of {', '.join(CI_METHODS)}")


def rogan_gladen(apparent: float, sensitivity: float, specificity: float) -> float:
    """True-prevalence estimate (AP + Sp - 1) / (Se + Sp - 1), clipped to [0, 1].

    Returns ``nan`` when Se + Sp <= 1: the test is then no better than chance and
    the correction is undefined.
    """
    youden = sensitivity + specificity - 1.0
    if not youden > 0.0:
        return NAN
    return min(1.0, max(0.0, (apparent + specificity - 1.0) / youden))


@dataclass(frozen=True)
class Accuracy:
    """Sensitivity and specificity with the (possibly effective) sample sizes behind them.

    ``se_n`` notes truly had the indicator and ``se_hits`` of them were flagged;
    ``sp_n`` truly did not and ``sp_hits`` of them were not flagged. Counts may be
    fractional when they are effective sizes of a weighted validation sample.
    """

    se_hits: float
    se_n: float
    sp_hits: float
    sp_n: float
    source: str

    @property
    def sensitivity(self) -> float:
        return self.se_hits / self.se_n if self.se_n > 0 else NAN

    @property
    def specificity(self) -> float:
        return self.sp_hits / self.sp_n if self.sp_n > 0 else NAN


@dataclass(frozen=True)
class Corrected:
    """A corrected prevalence: estimate and interval, or ``nan``s and a reason."""

    estimate: float
    low: float
    high: float
    note: str = ""

    @property
    def available(self) -> bool:
        return not math.isnan(self.estimate)


def unavailable(reason: str) -> Corrected:
    return Corrected(NAN, NAN, NAN, reason)


def corrected_prevalence(k: int, n: int, accuracy: Accuracy, *, level: float = 0.95) -> Corrected:
    """Rogan-Gladen estimate with the Lang & Reiczigel (2014) interval.

    The interval carries the sampling error of the apparent prevalence (k of n)
    *and* of the sensitivity and specificity estimates (an adjusted Wald interval:
    z^2/2 pseudo-positives and z^2/2 pseudo-negatives added to the prevalence
    sample, one of each added to the validation samples, plus the paper's bias
    term, eq. 16-17). Limits are clipped to [0, 1].
    """
    _check_counts(k, n)
    reason = _why_uncorrectable(n, accuracy)
    if reason:
        return unavailable(reason)
    se, sp = accuracy.sensitivity, accuracy.specificity
    estimate = rogan_gladen(k / n, se, sp)
    if math.isnan(estimate):
        return unavailable(f"sensitivity + specificity = {se + sp:.3f} <= 1: the tool does no better "
                           "than chance on this indicator, so its prevalence cannot be corrected")
    low, high = _lang_reiczigel(k, n, accuracy, _z(level))
    return Corrected(estimate, low, high)


def _why_uncorrectable(n: int, accuracy: Accuracy) -> str:
    if n == 0:
        return "no notes"
    if accuracy.se_n <= 0:
        return f"no notes with the indicator in the {accuracy.source}: sensitivity unknown"
    if accuracy.sp_n <= 0:
        return f"no notes without the indicator in the {accuracy.source}: specificity unknown"
    return ""


def _lang_reiczigel(k: int, n: int, acc: Accuracy, z: float) -> tuple[float, float]:
    n_se, n_sp = acc.se_n + 2.0, acc.sp_n + 2.0
    se = (acc.se_hits + 1.0) / n_se
    sp = (acc.sp_hits + 1.0) / n_sp
    n_ap = n + z * z
    ap = (k + z * z / 2.0) / n_ap
    youden = se + sp - 1.0
    if not youden > 0.0:
        return NAN, NAN
    p = (ap + sp - 1.0) / youden
    bias = 2.0 * z * z * (p * se * (1 - se) / n_se - (1 - p) * sp * (1 - sp) / n_sp)
    var = (ap * (1 - ap) / n_ap + p * p * se * (1 - se) / n_se
           + (1 - p) ** 2 * sp * (1 - sp) / n_sp) / youden ** 2
    half = z * math.sqrt(var)
    return max(0.0, p + bias - half), min(1.0, p + bias + half)


@dataclass(frozen=True)
class GroupTest:
    """Whether prevalence differs across groups: test name, statistic, p-value (or a reason)."""

    test: str
    statistic: float
    dof: int
    p_value: float
    note: str = ""


def group_difference_test(present: list[int], totals: list[int], *, seed: int = 0) -> GroupTest:
    """Test of independence of group and indicator on the k x 2 table (present, absent).

    Pearson's chi-square (no continuity correction) when every expected count is
    at least 5; otherwise Fisher's exact test (2 groups) or the Fisher-Freeman-
    Halton test estimated from 9,999 Monte Carlo tables with the given seed.
    """
    table = np.array([[k, n - k] for k, n in zip(present, totals, strict=True)], dtype=np.int64)
    if table.shape[0] < 2:
        return GroupTest("none", NAN, 0, NAN, "fewer than two groups")
    col = table.sum(axis=0)
    if (col == 0).any():
        which = "no note has" if col[0] == 0 else "every note has"
        return GroupTest("none", NAN, 0, NAN, f"{which} it: nothing to compare")
    expected = np.outer(table.sum(axis=1), col) / table.sum()
    if expected.min() >= MIN_EXPECTED_FOR_CHI2:
        res = stats.chi2_contingency(table, correction=False)
        return GroupTest("chi-square", float(res.statistic), int(res.dof), float(res.pvalue))
    if table.shape[0] == 2:
        res = stats.fisher_exact(table)
        return GroupTest("fisher-exact", NAN, 1, float(res.pvalue))
    method = stats.MonteCarloMethod(n_resamples=MONTE_CARLO_TABLES, rng=np.random.default_rng(seed))
    res = stats.fisher_exact(table, method=method)
    return GroupTest("fisher-freeman-halton (monte carlo)", NAN, table.shape[0] - 1, float(res.pvalue))


@dataclass(frozen=True)
class Pair:
    """A 2x2 table of two indicators over the same notes: both, only a, only b, neither."""

    both: int
    a_only: int
    b_only: int
    neither: int

    @property
    def n(self) -> int:
        return self.both + self.a_only + self.b_only + self.neither

    @property
    def cells(self) -> tuple[int, int, int, int]:
        return self.both, self.a_only, self.b_only, self.neither


def phi(pair: Pair) -> float:
    """Phi coefficient (Pearson correlation of two 0/1 variables); ``nan`` if a margin is 0."""
    a, b, c, d = pair.cells
    margins = (a + b) * (c + d) * (a + c) * (b + d)
    if margins == 0:
        return NAN
    return (a * d - b * c) / math.sqrt(margins)


def lift(pair: Pair) -> float:
    """P(a and b) / (P(a) P(b)): 1 is independence; ``nan`` if either indicator is never present."""
    a, b, c, _ = pair.cells
    if (a + b) == 0 or (a + c) == 0:
        return NAN
    return pair.n * a / ((a + b) * (a + c))
