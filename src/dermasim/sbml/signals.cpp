// The helpers the rate laws share (biology/rate_helpers.hpp) as SBML functions, and what several
// rate laws read of the state (HealingKinetics::signals, collagenase_activity,
// gelatinase_activity, immature_collagen in healing_kinetics.cpp) as assignment rules.
#include <initializer_list>

#include "dermasim/sbml/model_builder.hpp"

namespace dermasim::sbml {

void add_signals(ModelBuilder& b) {
  // rate_helpers.hpp. positive(x) = max(x, 0) is written (x + |x|) / 2, exact in floating point:
  // a piecewise would need a literal 0 in the units of a generic argument, which SBML cannot
  // declare, and that would stop libsbml from checking the units of every rate law using it.
  b.function("positive", "lambda(x, (x + abs(x)) / 2)", "positive(x) = max(x, 0).");
  // Written out rather than calling positive(): libsbml 5.19's unit check gets the units of a
  // function that calls another one wrong, depending on the order it meets the calls.
  b.function("saturation", "lambda(x, k, ((x + abs(x)) / 2) / ((x + abs(x)) / 2 + k))",
             "Michaelis-Menten saturation h(x, K) = x / (x + K), 0 for x <= 0.");
  b.function("excess",
             "lambda(h, h_rest, piecewise(0, h_rest >= 1, 0, (h - h_rest) / (1 - h_rest) < 0, "
             "1, (h - h_rest) / (1 - h_rest) > 1, (h - h_rest) / (1 - h_rest)))",
             "How far a saturating signal is above its resting value, in [0, 1]: "
             "clamp((h - h_rest) / (1 - h_rest), 0, 1), 0 when h_rest >= 1 (docs/model.md 6.4).");

  // The positive parts of the cell densities and damage signals, the locals N, M1, M2, F, Mf
  // and A of the *_rates.cpp files. Named rather than written positive(...) in place: libsbml
  // 5.19's unit check confuses two calls of one function with arguments of different units in
  // one expression (it reports the units as indeterminable).
  for (const char* s : {"damps", "neutrophils", "macrophages_m1", "macrophages_m2", "fibroblasts",
                        "myofibroblasts"}) {
    const std::string species(s);
    const char* unit =
        species == "damps" ? unit::dimensionless : static_cast<const char*>(unit::cells_per_mm3);
    b.quantity(species + "_pos", unit, "positive(" + species + ")",
               "max(" + species + ", 0), as the rate laws read it.");
  }

  // healing_kinetics.cpp, immature_collagen.
  b.quantity("immature_collagen", unit::mg_per_cm3,
             "collagen_i - collagen_i_mature + collagen_iii - collagen_iii_mature",
             "Collagen not yet crosslinked, both types.");
  // HealingKinetics::collagenase_activity, gelatinase_activity.
  b.quantity("collagenase_activity", unit::dimensionless,
             "positive(mmp) / (1 + positive(timp) / timp_inhibition) / collagenase_rest",
             "Collagenase activity (TIMP-inhibited) relative to rest.");
  b.quantity("gelatinase_activity", unit::dimensionless,
             "positive(gelatinase) / (1 + positive(timp) / timp_inhibition) / gelatinase_rest",
             "Gelatinase activity (TIMP-inhibited) relative to rest.");

  // HealingKinetics::signals.
  b.quantity("h_damps", unit::dimensionless, "saturation(damps, signal_half_saturation)", "");
  b.quantity("h_cytokines", unit::dimensionless, "saturation(cytokines, cytokine_half_saturation)",
             "");
  b.quantity("recruitment", unit::dimensionless, "1 - (1 - h_damps) * (1 - h_cytokines)",
             "Leukocyte recruitment signal: damage signals or cytokines, either suffices.");
  b.quantity("h_pdgf", unit::dimensionless, "saturation(pdgf, pdgf_half_saturation)", "");
  b.quantity("h_tgf", unit::dimensionless, "saturation(tgf_beta, tgf_beta_half_saturation)", "");
  b.quantity("h_kgf", unit::dimensionless, "saturation(kgf, kgf_half_saturation)", "");
  b.quantity("s_tgf", unit::dimensionless, "excess(h_tgf, rest_h_tgf)",
             "TGF-beta signal above rest, in [0, 1].");
  b.quantity("s_pdgf", unit::dimensionless, "excess(h_pdgf, rest_h_pdgf)",
             "PDGF signal above rest, in [0, 1].");
  b.quantity("s_kgf", unit::dimensionless, "excess(h_kgf, rest_h_kgf)",
             "KGF signal above rest, in [0, 1].");
  b.quantity("h_immature", unit::dimensionless,
             "saturation(immature_collagen, matrix_memory_half_saturation)", "");
  b.quantity("s_matrix", unit::dimensionless, "excess(h_immature, rest_h_immature)",
             "New (immature) collagen fibrils above rest, in [0, 1] (Fisher et al. 2008).");
  b.quantity("activation", unit::dimensionless,
             "1 - (1 - s_tgf) * (1 - s_pdgf) * (1 - matrix_memory_weight * s_matrix)",
             "Activation of a fibroblast by growth factors or new matrix, in [0, 1].");
  b.quantity("lineage", unit::dimensionless,
             "piecewise((fibroblasts_pos + myofibroblasts_pos) / rest_fibroblasts, "
             "rest_fibroblasts > 0 cells_per_mm3, 1)",
             "Fibroblasts + myofibroblasts relative to rest (1 without resting fibroblasts).");
}

}  // namespace dermasim::sbml
