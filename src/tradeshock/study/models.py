"""Normal-return models, registered by name.

Every model is a linear regression of the (possibly adjusted) security return on regressors common
to all securities, estimated pair by pair in closed form over the estimation window:

==================  =====================================  ===================  =========
name                target                                 regressors           intercept
==================  =====================================  ===================  =========
constant-mean       R_it                                   none                 yes
market-adjusted     R_it - R_mt                            none                 no
market              R_it                                   R_mt                 yes
ff3                 R_it - RF_t                            Mkt-RF, SMB, HML     yes
ff5                 R_it - RF_t                            + RMW, CMA           yes
carhart             R_it - RF_t                            Mkt-RF, SMB, HML, Mom yes
==================  =====================================  ===================  =========
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ModelSpec:
    """What a normal-return model needs and estimates.

    ``factors``: factor columns used as regressors (``("market",)`` means the benchmark return).
    ``intercept``: whether a constant is estimated. ``k``: parameters deducted from the estimation
    length for the residual variance (``n - k`` degrees of freedom).
    """

    name: str
    description: str
    needs_benchmark: bool
    factors: tuple[str, ...]
    intercept: bool
    k: int

    @property
    def uses_factor_file(self) -> bool:
        return bool(self.factors) and self.factors != ("market",)


MODELS: dict[str, ModelSpec] = {
    spec.name: spec
    for spec in (
        ModelSpec("market", "market model: R_i = a + b R_m + e (OLS)", True, ("market",), True, 2),
        ModelSpec("market-adjusted", "market-adjusted: AR = R_i - R_m", True, (), False, 1),
        ModelSpec("constant-mean", "constant mean: AR = R_i - mean(R_i)", False, (), True, 1),
        ModelSpec("ff3", "Fama-French 3 factors on excess returns", False, ("mkt_rf", "smb", "hml"), True, 4),
        ModelSpec("ff5", "Fama-French 5 factors on excess returns", False,
                  ("mkt_rf", "smb", "hml", "rmw", "cma"), True, 6),
        ModelSpec("carhart", "Carhart 4 factors on excess returns", False,
                  ("mkt_rf", "smb", "hml", "mom"), True, 5),
    )
}

_ALIASES = {"market-model": "market", "sim": "market", "mean": "constant-mean", "constant_mean": "constant-mean",
            "mean-adjusted": "constant-mean", "market_adjusted": "market-adjusted", "mrkt_adj": "market-adjusted",
            "mean_adj": "constant-mean", "ff4": "carhart", "fama-french-3": "ff3", "fama-french-5": "ff5"}


def get_model(name: str) -> ModelSpec:
    """The model registered under ``name`` (a few aliases are accepted); a miss lists the names."""
    key = _ALIASES.get(name.strip().lower(), name.strip().lower())
    if key not in MODELS:
        raise KeyError(f"unknown model {name!r}; available: {', '.join(MODELS)}")
    return MODELS[key]
