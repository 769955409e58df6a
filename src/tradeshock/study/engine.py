"""The vectorised core: estimation and event windows of all (event, ticker) pairs at once.

Windows are gathered from the date-aligned return matrix by index arithmetic into
``pairs x days`` arrays; the normal-return model is fitted for every pair in closed form (centred
least squares, batched); everything the tests need is either kept per pair-day (event window) or
summed over pairs per window day (estimation window). Pairs are processed in chunks to bound
memory; there is no Python loop over pairs.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: Target number of array elements (pairs x window days) per chunk.
CHUNK_ELEMENTS = 100_000


@dataclass(frozen=True)
class Design:
    """The inputs common to all pairs, on the session axis (``D`` sessions).

    ``Y``: D x K security returns. ``G``: D x q regressors. ``offset``: subtracted from security
    returns (the risk-free rate for factor models, the market for market-adjusted) or ``None``.
    ``market``: the market return used by the Lamb test and estudy2's Patell correction (or ``None``).
    ``intercept``: whether a constant is estimated; ``k``: degrees of freedom used by the fit.
    """

    Y: np.ndarray
    G: np.ndarray
    offset: np.ndarray | None
    market: np.ndarray | None
    intercept: bool
    k: int


@dataclass(frozen=True)
class StudyArrays:
    """Everything the statistics need, for the ``P`` estimated pairs.

    Per pair: ``n`` (estimation returns used), ``alpha``, ``coef`` (P x q), ``s2`` (residual variance
    with n - k divisor), ``var_r`` (variance of estimation ARs with n - 1 divisor, estudy2),
    ``pos_est`` (positive estimation ARs), ``m_full`` (observations in estimation + event window).

    Per pair-day (P x Lw): ``ar``, ``cfac`` (forecast-error factor 1 + 1/n + d'S^-1 d), ``cfac_e2``
    (estudy2's version, market moments over all estimation days), ``market_evt``, ``rank_evt``
    (rank in the combined window).
    ``dev`` (P x Lw x q) and ``sinv`` (P x q x q) give the variance of any CAR sub-window.

    Per estimation day (Le): sums and counts of ARs and market returns over pairs.
    Per combined-window row (Le + Lw): sums over pairs of centred ranks, raw ranks, scaled ranks
    minus 1/2 and median signs, with counts. ``kp_rbar``: mean cross-correlation of estimation
    residuals (Kolari-Pynnonen).
    """

    n: np.ndarray
    alpha: np.ndarray
    coef: np.ndarray
    s2: np.ndarray
    var_r: np.ndarray
    pos_est: np.ndarray
    m_full: np.ndarray
    ar: np.ndarray
    cfac: np.ndarray
    cfac_e2: np.ndarray
    market_evt: np.ndarray
    rank_evt: np.ndarray
    dev: np.ndarray
    sinv: np.ndarray
    est_ar_sum: np.ndarray
    est_ar_cnt: np.ndarray
    est_mkt_sum: np.ndarray
    est_mkt_cnt: np.ndarray
    full_rank_dev: np.ndarray
    full_rank_raw: np.ndarray
    full_urank: np.ndarray
    full_sign: np.ndarray
    full_cnt: np.ndarray
    kp_rbar: float
    k: int
    intercept: bool

    @property
    def n_pairs(self) -> int:
        return int(self.ar.shape[0])

    @property
    def n_days(self) -> int:
        return int(self.ar.shape[1])

    @property
    def sar(self) -> np.ndarray:
        """Standardised ARs: AR / (s * sqrt(forecast-error factor))."""
        with np.errstate(divide="ignore", invalid="ignore"):
            return self.ar / np.sqrt(self.s2[:, None] * self.cfac)

    @property
    def sar_e2(self) -> np.ndarray:
        """estudy2's standardised ARs: AR / (sd of estimation ARs * sqrt(its correction))."""
        with np.errstate(divide="ignore", invalid="ignore"):
            return self.ar / np.sqrt(self.var_r[:, None] * self.cfac_e2)

    def car_factor(self, lo: int, hi: int) -> tuple[np.ndarray, np.ndarray]:
        """For event-window positions lo..hi: per pair, the number of valid days L and the CAR
        variance factor L + L^2/n + d'S^-1 d (d = sum of regressor deviations over valid days)."""
        valid = np.isfinite(self.ar[:, lo: hi + 1])
        days = valid.sum(axis=1).astype(float)
        if not self.intercept:
            return days, days
        d = np.einsum("pl,plq->pq", valid.astype(float), self.dev[:, lo: hi + 1])
        quad = np.einsum("pq,pqr,pr->p", d, self.sinv, d)
        return days, days + days**2 / self.n + quad


def rank_rows(a: np.ndarray) -> np.ndarray:
    """Average ranks (1-based, ties averaged) along the last axis; NaN stays NaN and is not ranked."""
    return _ranks_and_sorted(a)[0]


def _ranks_and_sorted(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Average ranks along the last axis, and the rows sorted ascending (NaN last, as +inf)."""
    a = np.asarray(a, dtype=float)
    flat = a.reshape(-1, a.shape[-1]) if a.ndim > 1 else a[None, :]
    nan = np.isnan(flat)
    key = np.where(nan, np.inf, flat)
    order = np.argsort(key, axis=1)
    s = np.take_along_axis(key, order, axis=1)
    m = s.shape[1]
    pos = np.arange(m)
    same = s[:, 1:] == s[:, :-1]
    starts = np.ones_like(s, dtype=bool)
    starts[:, 1:] = ~same
    ends = np.ones_like(s, dtype=bool)
    ends[:, :-1] = ~same
    first = np.maximum.accumulate(np.where(starts, pos, 0), axis=1)
    last = np.minimum.accumulate(np.where(ends, pos, m - 1)[:, ::-1], axis=1)[:, ::-1]
    ranks = np.empty_like(s)
    np.put_along_axis(ranks, order, (first + last) * 0.5 + 1.0, axis=1)
    ranks[nan] = np.nan
    return ranks.reshape(a.shape), s


def _row_medians(s: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Medians of rows already sorted ascending with ``counts`` valid values first (NaN if none)."""
    c = counts.astype(np.int64)
    lo = np.clip((c - 1) // 2, 0, s.shape[1] - 1)
    hi = np.clip(c // 2, 0, s.shape[1] - 1)
    rows = np.arange(s.shape[0])
    med = 0.5 * (s[rows, lo] + s[rows, hi])
    return np.where(c > 0, med, np.nan)


def estimate(design: Design, col: np.ndarray, est_start: np.ndarray, est_len: int,
             evt_start: np.ndarray, evt_len: int) -> StudyArrays:
    """Fit the model and compute abnormal returns for every pair (vectorised, chunked)."""
    n_pairs = int(col.size)
    le, lw = int(est_len), int(evt_len)
    q = design.G.shape[1]
    chunk = max(1, CHUNK_ELEMENTS // max(1, le + lw))
    out: dict[str, np.ndarray] = {}
    acc = {
        "est_ar_sum": np.zeros(le), "est_ar_cnt": np.zeros(le),
        "est_mkt_sum": np.zeros(le), "est_mkt_cnt": np.zeros(le),
        "full_rank_dev": np.zeros(le + lw), "full_rank_raw": np.zeros(le + lw),
        "full_urank": np.zeros(le + lw), "full_sign": np.zeros(le + lw), "full_cnt": np.zeros(le + lw),
        "kp_zsum": np.zeros(le), "kp_count": np.zeros(1),
    }
    with np.errstate(divide="ignore", invalid="ignore"):  # degenerate windows give NaN, not warnings
        for lo in range(0, n_pairs, chunk):  # a loop over chunks of pairs, not over pairs
            hi = min(n_pairs, lo + chunk)
            part = _chunk(design, col[lo:hi], est_start[lo:hi], le, evt_start[lo:hi], lw, q, acc)
            for key, value in part.items():  # results go straight into preallocated arrays
                if key not in out:
                    out[key] = np.empty((n_pairs, *value.shape[1:]), dtype=value.dtype)
                out[key][lo:hi] = value
    count = acc["kp_count"][0]
    zsum = acc["kp_zsum"]
    rbar = float((zsum @ zsum - count) / (count * (count - 1))) if count > 1 else 0.0
    return StudyArrays(
        kp_rbar=rbar, k=design.k, intercept=design.intercept,
        est_ar_sum=acc["est_ar_sum"], est_ar_cnt=acc["est_ar_cnt"],
        est_mkt_sum=acc["est_mkt_sum"], est_mkt_cnt=acc["est_mkt_cnt"],
        full_rank_dev=acc["full_rank_dev"], full_rank_raw=acc["full_rank_raw"], full_urank=acc["full_urank"],
        full_sign=acc["full_sign"], full_cnt=acc["full_cnt"],
        **out,
    )


def _chunk(design: Design, col: np.ndarray, est_start: np.ndarray, le: int, evt_start: np.ndarray, lw: int,
           q: int, acc: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    Y, G, n_sessions = design.Y, design.G, design.Y.shape[0]
    c = col.size
    cols = col[:, None]

    # --- estimation window: C x Le ------------------------------------------------------------
    idx = est_start[:, None] + np.arange(le)[None, :]
    inside = (idx >= 0) & (idx < n_sessions)
    idx = np.clip(idx, 0, n_sessions - 1)
    y = Y[idx, cols]
    if design.offset is not None:
        y = y - design.offset[idx]
    g = G[idx]  # C x Le x q
    w = inside & np.isfinite(y)
    if q == 1:
        x = g[:, :, 0]
        w &= np.isfinite(x)
    elif q:
        w &= np.isfinite(g).all(axis=2)
    n = w.sum(axis=1).astype(float)
    y0 = np.where(w, y, 0.0)
    ybar = y0.sum(axis=1) / n if design.intercept else np.zeros(c)
    if q == 1:  # the market model: plain 2-D arrays, centred closed form
        x0 = np.where(w, x, 0.0)
        xbar = x0.sum(axis=1) / n
        xc = np.where(w, x0 - xbar[:, None], 0.0)
        sxx = np.einsum("cl,cl->c", xc, xc)
        beta = np.einsum("cl,cl->c", xc, np.where(w, y0 - ybar[:, None], 0.0)) / sxx
        alpha = ybar - beta * xbar
        gbar, coef, sinv = xbar[:, None], beta[:, None], (1.0 / sxx)[:, None, None]
        r0 = np.where(w, y0 - alpha[:, None] - beta[:, None] * x0, 0.0)
    elif q:
        g0 = np.where(w[:, :, None], g, 0.0)
        gbar = g0.sum(axis=1) / n[:, None]
        gc = np.where(w[:, :, None], g0 - gbar[:, None, :], 0.0)
        sxx = np.einsum("clq,clr->cqr", gc, gc)
        sxy = np.einsum("clq,cl->cq", gc, np.where(w, y0 - ybar[:, None], 0.0))
        sinv = np.linalg.inv(sxx)
        coef = np.einsum("cqr,cr->cq", sinv, sxy)
        alpha = ybar - np.einsum("cq,cq->c", gbar, coef)
        r0 = np.where(w, y0 - alpha[:, None] - np.einsum("clq,cq->cl", g0, coef), 0.0)
    else:
        gbar = np.zeros((c, 0))
        sinv = np.zeros((c, 0, 0))
        coef = np.zeros((c, 0))
        alpha = ybar
        r0 = np.where(w, y0 - alpha[:, None], 0.0)
    resid = np.where(w, r0, np.nan)
    ssr = np.einsum("cl,cl->c", r0, r0)
    mean_r = r0.sum(axis=1) / n
    ss_dev = np.maximum(ssr - n * mean_r**2, 0.0)
    s2 = (ss_dev if not design.intercept else ssr) / (n - design.k)
    var_r = ss_dev / (n - 1)

    # --- event window: C x Lw -----------------------------------------------------------------
    widx = evt_start[:, None] + np.arange(lw)[None, :]
    yw = Y[widx, cols]
    if design.offset is not None:
        yw = yw - design.offset[widx]
    gw = G[widx]
    ar = yw - alpha[:, None]
    if q == 1:
        xw = gw[:, :, 0]
        ar = ar - coef[:, 0][:, None] * xw
        dw = xw - gbar[:, 0][:, None]
        dev = dw[:, :, None]
        cfac = 1.0 + 1.0 / n[:, None] + dw * dw * sinv[:, 0, 0][:, None]
    elif q:
        ar = ar - np.einsum("clq,cq->cl", gw, coef)
        dev = gw - gbar[:, None, :]
        cfac = 1.0 + 1.0 / n[:, None] + np.einsum("clq,cqr,clr->cl", dev, sinv, dev)
    else:
        dev = np.zeros((c, lw, 0))
        cfac = np.broadcast_to((1.0 + 1.0 / n[:, None]) if design.intercept else np.ones((c, 1)), (c, lw)).copy()

    # --- market moments (Lamb, estudy2's Patell) ---------------------------------------------
    if design.market is not None:
        m_raw = design.market[idx]
        m_ok = inside & np.isfinite(m_raw)
        m0 = np.where(m_ok, m_raw, 0.0)
        m_n = m_ok.sum(axis=1)
        m_bar = m0.sum(axis=1) / np.maximum(m_n, 1)
        mc = np.where(m_ok, m0 - m_bar[:, None], 0.0)
        m_ss = np.einsum("cl,cl->c", mc, mc)
        m_evt = design.market[widx]
        cfac_e2 = 1.0 + 1.0 / n[:, None] + (m_evt - m_bar[:, None]) ** 2 / m_ss[:, None]
        acc["est_mkt_sum"] += m0.sum(axis=0)
        acc["est_mkt_cnt"] += m_ok.sum(axis=0)
    else:
        m_evt = np.full((c, lw), np.nan)
        cfac_e2 = np.full((c, lw), np.nan)

    # --- estimation-day sums (Brown-Warner 1985, Lamb) -----------------------------------------
    wf = w.astype(float)
    acc["est_ar_sum"] += r0.sum(axis=0)
    acc["est_ar_cnt"] += wf.sum(axis=0)

    # --- Kolari-Pynnonen: unit-length centred residual vectors, summed over pairs -------------
    norm = np.sqrt(ss_dev)
    ok = (n >= 2) & (norm > 0)
    inv = np.where(ok, 1.0 / np.where(ok, norm, 1.0), 0.0)
    acc["kp_zsum"] += r0.T @ inv - wf.T @ (mean_r * inv)
    acc["kp_count"] += ok.sum()

    # --- ranks and signs over the combined window ---------------------------------------------
    full = np.concatenate([resid, ar], axis=1)
    ranks, ordered = _ranks_and_sorted(full)
    fvalid = np.isfinite(full)
    fv = fvalid.astype(float)
    m_full = fv.sum(axis=1)
    rank0 = np.where(fvalid, ranks, 0.0)
    raw = rank0.sum(axis=0)
    cnt = fv.sum(axis=0)
    acc["full_rank_raw"] += raw
    acc["full_rank_dev"] += raw - fv.T @ ((m_full + 1.0) / 2.0)
    acc["full_urank"] += rank0.T @ (1.0 / (m_full + 1.0)) - 0.5 * cnt
    med = _row_medians(ordered, m_full)
    signs = np.where(fvalid, np.sign(full - med[:, None]), 0.0)
    acc["full_sign"] += signs.sum(axis=0)
    acc["full_cnt"] += cnt

    return {
        "n": n, "alpha": alpha, "coef": coef, "s2": s2, "var_r": var_r,
        "pos_est": (r0 > 0).sum(axis=1).astype(float), "m_full": m_full,
        "ar": ar, "cfac": cfac, "cfac_e2": cfac_e2, "market_evt": m_evt,
        "rank_evt": ranks[:, le:].copy(),
        "dev": dev, "sinv": sinv,
    }
