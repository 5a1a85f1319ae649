// Repair: mirrors HealingKinetics::repair_rates (biology/repair_rates.cpp) term by term: active
// TGF-beta and its latent store, fibroblasts and myofibroblasts.
#include "dermasim/sbml/model_builder.hpp"

namespace dermasim::sbml {

void add_repair(ModelBuilder& b) {
  // Latent TGF-beta secreted by the lineage (more under TGF-beta: autoinduction) and activated
  // by the gelatinases in proportion to their activity.
  b.quantity("latent_tgf_activation", unit::per_second, "latent_activation * gelatinase_activity",
             "Activation of latent TGF-beta (Yu & Stamenkovic 2000).");
  b.rate("latent_tgf_beta",
         "latent_secretion_per_cell * lineage_cells * (1 + (tgf_beta_autoinduction - 1) * s_tgf) "
         "- (latent_tgf_activation + latent_tgf_beta_turnover) * latent_tgf_beta");
  b.rate("tgf_beta",
         "latent_tgf_activation * positive(latent_tgf_beta) + platelet_tgf_beta * degranulation "
         "+ tgf_beta_from_m2 * m2_above_rest - tgf_beta_decay * tgf_beta");

  // Fibroblasts: logistic growth on mitogens above rest, return to rest, differentiation into
  // myofibroblasts under TGF-beta, which leave once TGF-beta signalling ends.
  b.quantity("fibroblast_growth", unit::dimensionless,
             "positive((h_pdgf - rest_h_pdgf) + fibroblast_tgf_mitogenesis * (h_tgf - rest_h_tgf))",
             "Mitogen signal above rest (PDGF, weakly TGF-beta); below rest it slows nothing.");
  b.quantity("myofibroblast_formation", unit::cells_per_mm3_per_second,
             "myofibroblast_differentiation * s_tgf * fibroblasts_pos", "");
  b.rate("fibroblasts",
         "fibroblast_proliferation * fibroblasts_pos * fibroblast_growth * (1 - "
         "lineage_cells / fibroblast_max_density) - fibroblast_return * (fibroblasts - "
         "rest_fibroblasts) - myofibroblast_formation");
  b.rate("myofibroblasts",
         "myofibroblast_formation - myofibroblast_removal * (1 - s_tgf) * myofibroblasts");
}

}  // namespace dermasim::sbml
