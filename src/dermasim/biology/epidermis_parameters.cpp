#include "dermasim/biology/healing_parameters.hpp"

namespace dermasim::biology {

// The epidermis, pigment, vessels and what the instruments read. Values, ranges and sources;
// docs/parameters.md lists them. Where a value is an assumption, the source says so and what it was
// calibrated against.
std::vector<parameters::ParameterInfo> epidermis_parameter_infos() {
  const std::string kAssume = "assumption: ";
  return {
      // --- Epidermis and barrier ---------------------------------------------------------------
      {"epidermal_closure_rate", "1/h", 0.5, 0.1, 2.0,
       "re-covering of the needle channels through the epidermis by keratinocytes",
       "Gupta J et al. J Control Release 2011;154:148 (unoccluded reseal within 2 h); Kalluri H "
       "et al. AAPS J 2011;13:473 (TEWL recovered in 4-5 h)",
       "assumption: half-lives of 21 min to 7 h around the completion times the sources give "
       "(resealed within 2 h, Gupta 2011; TEWL back in 4-5 h, Kalluri 2011)"},
      {"closure_inflammation_gain", "1", 1.0, 0.0, 3.0,
       "relative speed-up of channel closure at saturating cytokines",
       "direction: Brogden NK et al. J Control Release 2012;163:220 (diclofenac slows closure); "
       "value: assumption",
       "assumption: from no speed-up to four times as fast (Brogden 2012 gives the direction "
       "only)"},
      {"barrier_maturation_rate", "1/day", 0.7, 0.3, 2.0,
       "maturation of the barrier of re-covered epidermis (lamellar lipids)",
       "Sasaki GH. Aesthet Surg J Open Forum 2019;1:ojz017 (TEWL above baseline at 48 h); "
       "Dermatol Surg 2012;38:1816 (recovered within 72 h)",
       "assumption: time constants of half a day to 3.3 days around TEWL still raised at 48 h "
       "(Sasaki 2019) and recovered within 72 h (Dermatol Surg 2012)"},
      {"epidermal_growth_rate", "1/day", 0.15, 0.02, 0.5,
       "keratinocyte layers added per day at saturating KGF (relative to the resting thickness)",
       kAssume + "calibrated to the epidermal thickening after a course (Lotfi R et al. J Egypt "
                 "Women's Dermatol Soc 2013;10:152)",
       "assumption: a seventh to 3.3 times the value calibrated to Lotfi 2013's thickening"},
      {"epidermal_turnover_rate", "1/day", 0.025, 0.018, 0.036,
       "return of a thickened epidermis to rest by desquamation (epidermal turnover)",
       "Weinstein GD, McCullough JL, Ross P. J Invest Dermatol 1984;82:623 (turnover 28-56 days)",
       "Weinstein 1984's turnover of 28-56 days (1/56 to 1/28 per day)"},
      // --- Pigment (docs/model.md 7.3) -----------------------------------------------------------
      {"melanin_proliferation_gain", "1", 1.0, 0.5, 2.0,
       "speed-up of the clearance of epidermal melanin per unit extra keratinocyte production "
       "(melanin leaves with the keratinocytes that carry it)",
       kAssume + "clearance scales with the keratinocyte flux; psoriatic epidermis (turnover ~7 "
                 "days, Goodwin P et al. Br J Dermatol 1973;89:613) bounds it",
       "assumption: half and twice the proportional value of 1"},
      {"melanosome_degradation_type_i", "1", 0.8, 0.5, 0.95,
       "share of epidermal melanin degraded inside differentiating keratinocytes (not shed with "
       "them), Fitzpatrick type I",
       kAssume + "in light skin melanosomes are aggregated and degraded as keratinocytes "
                 "differentiate, in dark skin larger single melanosomes survive to the stratum "
                 "corneum (Thong HY et al. Br J Dermatol 2003;149:498; Alaluf S et al. Pigment "
                 "Cell Res 2002;15:112)",
       "assumption: from half to nearly all of the melanin degraded (no share published)"},
      {"melanosome_degradation_per_type", "1", 0.1, 0.0, 0.15,
       "fall of the degraded share per Fitzpatrick type step (type VI: 0.3 by default)",
       kAssume + "as melanosome_degradation_type_i",
       "assumption: from none to 0.15, which still leaves type VI a degraded share above zero at "
       "the default type I share (0.8 - 5 x 0.15 = 0.05)"},
      {"pih_melanogenesis_rate", "1/day", 0.02, 0.005, 0.05,
       "extra melanogenesis at saturating inflammatory cytokines, Fitzpatrick type III, relative "
       "to the normal epidermal melanin",
       kAssume +
           "inflammatory mediators stimulate melanocytes (Tomita Y et al. Pigment Cell Res "
           "1992;5:357); additive, as the absolute UV tanning response does not depend on "
           "the starting pigment (Ravnbak MH et al. Acta Derm Venereol 2008;88:223); of the "
           "order of a UV tan's build-up (about 4 melanin-index units a day at full "
           "stimulus in type III: 0.02 of its normal melanin); PIH is more frequent in darker "
           "types after needling (Dogra S et al. J Cosmet Dermatol 2014;13:180: 5/36 in "
           "types IV-V), which the model reproduces as an ordering, not as an incidence",
       "assumption: a quarter to 2.5 times the value, around a UV tan's build-up"},
      {"pih_phototype_ratio", "1", 1.6, 1.3, 2.0,
       "factor by which the PIH propensity grows per Fitzpatrick type (type III = 1)",
       "Vemula S et al. J Am Acad Dermatol 2018;79:508 (peels: type VI odds ratio 5.1 against "
       "III-V, about 1.6^3); assumption for the per-type geometric form",
       "inside the cube roots of Vemula 2018's 95 % CI for type VI, 1.21-21.8 (1.07-2.79 per "
       "type), its odds of any side effect taken for PIH"},
      {"dermal_melanin_clearance_rate", "1/day", 0.00274, 0.00067, 0.0056,
       "clearance of dermal melanin by melanophages at the resting macrophage density (1/365 "
       "days)",
       "Davis EC, Callender VD. J Clin Aesthet Dermatol 2010;3(7):20 (dermal pigment persists "
       "months to years)",
       "residence times of 180-1500 days, a reading of Davis & Callender's months to years "
       "(assumption for the numbers)"},
      // --- Vessels and visible signs -----------------------------------------------------------
      {"vessel_density_reticular", "1", 0.3, 0.1, 0.6,
       "microvascular density of the reticular dermis relative to the papillary plexus",
       kAssume + "the superficial plexus dominates (Braverman IM. Microcirculation 1997;4:329)",
       "assumption: a third to twice the value, below the papillary plexus (1)"},
      {"vessel_density_hypodermis", "1", 0.3, 0.1, 0.6, "microvascular density of the hypodermis",
       kAssume + "as the reticular dermis", "assumption: as vessel_density_reticular"},
      {"vasodilation_rate", "1/h", 4.0, 1.0, 20.0,
       "response of the microvessels to inflammatory mediators",
       kAssume + "minutes, as the Lewis triple response",
       "assumption: time constants of 3 min to an hour around the minutes of the triple response"},
      {"edema_formation_rate", "1/h", 0.02, 0.005, 0.1,
       "excess interstitial fluid formed per hour at full vasodilation (volume fraction)",
       kAssume + "calibrated to visible swelling of a few percent",
       "assumption: a quarter to five times the value calibrated to visible swelling"},
      {"lymphatic_drainage_rate", "1/h", 0.3, 0.06, 1.0, "lymphatic drainage of excess fluid",
       "Mortimer PS et al. 1990 (albumin clearance 6-18 %/h); oedema resolves in 3-6 h (Hong Kong "
       "J Dermatol Venereol 2018;26:52)",
       "from the slowest albumin clearance, 6 %/h (Mortimer 1990), to 1/h, oedema 95 % gone in 3 h "
       "(assumption for the reading of resolving in 3-6 h)"},
      {"hypodermis_matrix_share", "1", 0.2, 0.05, 0.5,
       "cells and matrix of the fat septa relative to the reticular dermis", kAssume + "septa",
       "assumption: a quarter to 2.5 times the value"},
      // --- What instruments read ---------------------------------------------------------------
      {"tewl_baseline", "g/m2/h", 9.69, 6.75, 12.63, "transepidermal water loss of intact skin",
       "Montero-Vilchez T et al. 2021 (normative, 20-40 years)",
       "+/- 1 SD of Montero-Vilchez 2021's volar forearms, 9.69 +/- 2.94 g/m2/h (87 subjects; the "
       "abstract gives no cheek value)"},
      {"tewl_open_epidermis", "g/m2/h", 100, 50, 200, "TEWL through epidermis with no barrier",
       kAssume + "tape-stripped skin reaches 60-100+ g/m2/h",
       "assumption: half and twice the value; tape-stripped skin reaches 60-100+ g/m2/h"},
      {"immature_barrier_leak", "1", 0.1, 0.02, 0.3,
       "water permeability of re-covered but immature epidermis relative to an open channel",
       kAssume + "calibrated so that TEWL stays above baseline at 48 h (Sasaki 2019)",
       "assumption: a fifth to three times the calibrated value"},
      {"erythema_index_baseline", "1", 413.5, 250, 600, "Mexameter erythema index of intact cheek",
       "Montero-Vilchez T et al. 2021 (cheek, 20-40 years)",
       "assumption: from about the forearm and palm means of the same study (252 and 260) to 600; "
       "the abstract gives no spread for the cheek"},
      {"erythema_index_gain", "1", 150, 50, 300, "erythema index added at full vasodilation",
       kAssume + "visible redness raises the index by 100-200 units",
       "assumption: a third to twice the value, around the 100-200 units visible redness adds"},
      {"histology_window", "um", 500, 200, 1000,
       "depth below the dermo-epidermal junction over which collagen and elastin changes are "
       "measured (the upper dermis of a biopsy)",
       kAssume + "the field histomorphometry reports (El-Domyati 2015, Lotfi 2013)",
       "assumption: 200 um to 1 mm, 0.4 to 2 times the value"},
  };
}

}  // namespace dermasim::biology
