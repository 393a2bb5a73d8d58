// Vectors transcribed from NHSRplotthedots (github.com/nhs-r-community/NHSRplotthedots), the
// reference implementation our SPC must agree with. Each names the file it comes from.

/**
 * tests/testthat/test-ptd_spc_standard.R and _snaps/ptd_spc_standard.md: `set.seed(123); rnorm(20)`
 * (the values as R prints them, 8 decimals), with the snapshot's mean and limits to 7 significant figures.
 */
export const RNORM_SEED_123 = [
  -0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499, 0.46091621, -1.26506123,
  -0.68685285, -0.44566197, 1.2240818, 0.35981383, 0.40077145, 0.11068272, -0.55584113, 1.78691314,
  0.49785048, -1.96661716, 0.7013559, -0.47279141,
];

export const RNORM_SNAPSHOT = {
  /** r1: screen_outliers = TRUE. */
  screened: { mean: 0.1416238, lpl: -3.01138, upl: 3.294627 },
  /** r2: y[15] <- 10, screen_outliers = TRUE. */
  outlierScreened: { mean: 0.6694159, lpl: -2.383666, upl: 3.722497 },
  /** r3: y[15] <- 10, screen_outliers = FALSE. */
  outlierUnscreened: { mean: 0.6694159, lpl: -4.596625, upl: 5.935457 },
  /** r1 `relative_to_mean`, the first 15 that the snapshot prints. */
  relativeToMeanStart: [-1, -1, 1, -1, -1, 1, 1, -1, -1, -1, 1, 1, 1, -1, -1],
};

/**
 * tests/testthat/_snaps/integration_tests.md, "ae_all performance spc returns expected values":
 * `ptd_spc(ae_all(), performance, period, fix_after_n_points = 12)`, monthly all-England A&E
 * 4-hour performance, April 2016 to March 2019 (NHSRdatasets::ae_attendances). Decoded from the
 * snapshot's serialised data frame (R XDR serialisation, base64), every double as stored.
 */
export const AE_PERFORMANCE_FIX_12 = {
  values: [
    0.9003512724457525, 0.9027555860390081, 0.9055994429248081, 0.9028524786030435,
    0.909763097023593, 0.9064786853944554, 0.8905308979446662, 0.8837903610883545,
    0.8617594559611471, 0.851413411900772, 0.8753090395991286, 0.9000949482943537,
    0.9051525263083392, 0.8970035160821932, 0.9072518525056468, 0.9034785895858326,
    0.9029928875860346, 0.8966609396555797, 0.8994186788850258, 0.8876655246839736,
    0.8498503458662225, 0.8529918213516818, 0.8504476893558943, 0.8462121637147311,
    0.8857248828216929, 0.9039011151983545, 0.9076297242234981, 0.8931949047110505,
    0.8972702710007838, 0.8894368286304747, 0.8900933497219513, 0.8760446687116353,
    0.8644632183941728, 0.843525141560121, 0.8422525009629417, 0.8660427671795345,
  ],
  mean: 0.8908915564349236,
  lpl: 0.8614049789074258,
  upl: 0.9203781339624213,
  pointTypes: [
    'common-cause', 'common-cause', 'common-cause',
    'common-cause', 'common-cause', 'common-cause',
    'common-cause', 'common-cause', 'common-cause',
    'special-cause-concern', 'common-cause', 'special-cause-improvement',
    'special-cause-improvement', 'special-cause-improvement', 'special-cause-improvement',
    'special-cause-improvement', 'special-cause-improvement', 'special-cause-improvement',
    'special-cause-improvement', 'common-cause', 'special-cause-concern',
    'special-cause-concern', 'special-cause-concern', 'special-cause-concern',
    'common-cause', 'common-cause', 'common-cause',
    'common-cause', 'common-cause', 'special-cause-concern',
    'special-cause-concern', 'special-cause-concern', 'special-cause-concern',
    'special-cause-concern', 'special-cause-concern', 'special-cause-concern',
  ],
};

/**
 * tests/testthat/_snaps/integration_tests.md, "ae_all attendances spc with rebase returns expected
 * values": `ptd_spc(ae_all(), attendances, period, rebase = as.Date("2017-04-01"))`, monthly
 * all-England A&E attendances April 2016 to March 2019; the rebase starts segment 2 at the 13th
 * point. Every point is common cause.
 */
export const AE_ATTENDANCES_REBASE_2017_04 = {
  values: [
    1867781, 2070340, 1958802, 2079034,
    1932901, 1952464, 2001816, 1907871,
    1944567, 1895272, 1735619, 2015834,
    1949762, 2066789, 1994056, 2073944,
    1924663, 1925961, 2044137, 1976971,
    2003954, 2000086, 1820012, 2049785,
    1984369, 2164458, 2093942, 2179896,
    1997854, 2005695, 2079492, 2037847,
    2047518, 2113413, 1954947, 2167550,
  ],
  rebaseIndex: 12,
  segments: [
    { mean: 1946858.4166666667, lpl: 1639947.374848485, upl: 2253769.4584848485 },
    { mean: 2027379.2083333333, lpl: 1772921.0639855072, upl: 2281837.3526811595 },
  ],
};

/**
 * vignettes/deviations.Rmd, "Treatment of outlying points": the rendered captions read
 * UPL 4.6, Mean 1.94, LPL -0.72 (screened, the R default) and UPL 6.95, LPL -3.06 (unscreened,
 * as the MDC Excel tools), rounded to 2 places (../shared/domain/spc-making-data-count.md §1).
 */
export const DEVIATIONS_OUTLIER = {
  values: [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1],
  screened: { mean: 1.94, lpl: -0.72, upl: 4.6 },
  unscreened: { mean: 1.94, lpl: -3.06, upl: 6.95 },
};
