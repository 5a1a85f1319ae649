// The inflammatory phase: mirrors HealingKinetics::inflammation_rates
// (biology/inflammation_rates.cpp) term by term; the sources are there and in docs/model.md 6.4.
#include "dermasim/sbml/model_builder.hpp"

namespace dermasim::sbml {

void add_inflammation(ModelBuilder& b) {
  // Quantities other parts read too.
  b.quantity("degranulation", unit::per_second, "platelet_degranulation * positive(platelets)",
             "Clot degranulating per second (it releases PDGF and TGF-beta).");
  b.quantity("lineage_cells", unit::cells_per_mm3, "fibroblasts_pos + myofibroblasts_pos",
             "The fibroblast lineage: fibroblasts and myofibroblasts.");
  b.quantity("m2_above_rest", unit::cells_per_mm3,
             "positive(macrophages_m2_pos - rest_macrophages_m2)",
             "M2 macrophages recruited above the resident ones.");

  // Damage and its signals (Cooper et al. 2015).
  b.quantity("phagocytes", unit::cells_per_mm3,
             "neutrophils_pos + macrophages_m1_pos + macrophages_m2_pos", "");
  b.rate("damage",
         "-(debris_resorption + debris_phagocytosis * phagocytes / (phagocytes + "
         "phagocyte_half_saturation)) * damage");
  b.rate("damps", "debris_damps_release * damage - damps_clearance * damps");
  b.rate("platelets", "-platelet_degranulation * platelets");

  // Leukocytes, recruited from the vessels by damage signals and cytokines.
  b.rate("neutrophils",
         "window_vessels * neutrophil_recruitment * recruitment - neutrophil_death * neutrophils");
  b.quantity("m1_to_m2", unit::per_second,
             "m1_to_m2_basal + m1_to_m2_efferocytosis * saturation(neutrophils, "
             "efferocytosis_half_saturation)",
             "Conversion of M1 into M2 macrophages, faster with apoptotic neutrophils to eat.");
  b.rate("macrophages_m1",
         "window_vessels * monocyte_recruitment * h_cytokines - (m1_to_m2 + macrophage_death) * "
         "macrophages_m1");
  b.rate("macrophages_m2",
         "m1_to_m2 * macrophages_m1_pos - macrophage_death * (macrophages_m2 - "
         "rest_macrophages_m2)");

  // Cytokines, made while damage signals activate the leukocytes; M2 damp production (IL-10).
  b.rate("cytokines",
         "(cytokine_from_damps * damps_pos + (cytokine_from_neutrophil * "
         "neutrophils_pos + cytokine_from_m1 * macrophages_m1_pos) * h_damps) / (1 + "
         "macrophages_m2_pos / il10_half_saturation) - cytokine_decay * cytokines");
  // Growth factors from the recruited macrophages (the resident ones are quiescent).
  b.quantity("recruited_macrophages", unit::cells_per_mm3, "macrophages_m1_pos + m2_above_rest",
             "");
  b.rate("pdgf",
         "platelet_pdgf * degranulation + pdgf_from_macrophage * recruited_macrophages - "
         "pdgf_decay * pdgf");
  // KGF from the whole lineage, more when inflamed and when activated (Chedid 1994).
  b.rate("kgf",
         "kgf_from_fibroblast * lineage_cells * (1 + (kgf_cytokine_induction - 1) * h_cytokines) "
         "* (1 + (kgf_activation_induction - 1) * activation) - kgf_decay * kgf");
}

}  // namespace dermasim::sbml
