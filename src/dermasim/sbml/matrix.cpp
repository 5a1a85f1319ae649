// The matrix and its proteases: mirrors HealingKinetics::matrix_rates (biology/matrix_rates.cpp)
// term by term: collagen I and III (labile and crosslinked pools), tropoelastin, elastic fibres,
// elastotic material, scar collagen, hyaluronan, collagenases, gelatinases and TIMP.
#include "dermasim/sbml/model_builder.hpp"

namespace dermasim::sbml {

namespace {

/// The labile and crosslinked pools of one collagen type (the `pools` lambda of matrix_rates).
void collagen_pools(ModelBuilder& b, const std::string& total, const std::string& crosslinked,
                    const std::string& share) {
  const std::string immature = "(" + total + " - " + crosslinked + ")";
  b.rate(total, share + " * collagen_deposited - immature_collagen_loss * " + immature +
                    " - mature_collagen_loss * " + crosslinked);
  b.rate(crosslinked,
         "collagen_crosslinking * " + immature + " - mature_collagen_loss * " + crosslinked);
}

}  // namespace

void add_matrix(ModelBuilder& b) {
  // Collagen: made at the resting rate per quiescent fibroblast, collagen_activation_fold times
  // it when activated and by myofibroblasts; mostly degraded at once, less when activated
  // (Laurent et al. 1985); deposited as immature fibrils, degraded by collagenases or
  // crosslinked, the crosslinked ones resisting collagenases (Welgus et al. 1980).
  b.quantity("collagen_synthesis", unit::mg_per_cm3_per_second,
             "rest_collagen_synthesis_per_cell * (fibroblasts_pos * (1 + "
             "(collagen_activation_fold - 1) * activation) + collagen_activation_fold * "
             "myofibroblasts_pos)",
             "");
  b.quantity("activated_share", unit::dimensionless,
             "piecewise((fibroblasts_pos * activation + myofibroblasts_pos) / "
             "lineage_cells, lineage_cells > 0 cells_per_mm3, 0)",
             "Activated share of the fibroblast lineage.");
  b.quantity("collagen_packing", unit::dimensionless,
             "positive(1 - (collagen_i + collagen_iii) / collagen_packing_limit) / "
             "rest_packing_room",
             "Deposition slows as the fibres fill the tissue: no more collagen than tendon packs.");
  b.quantity("collagen_deposited", unit::mg_per_cm3_per_second,
             "collagen_synthesis * collagen_packing * (1 - rest_collagen_degraded_share * (1 - "
             "collagen_degradation_fall * activated_share))",
             "");
  b.quantity("collagen_iii_share", unit::dimensionless,
             "collagen_iii_fraction + (collagen_iii_fraction_wound - collagen_iii_fraction) * "
             "s_pdgf",
             "Share of the deposited collagen that is type III (more from PDGF-activated "
             "fibroblasts, Bailey 1975).");
  b.quantity("immature_collagen_loss", unit::per_second,
             "collagen_immature_decay * collagenase_activity", "");
  b.quantity("mature_collagen_loss", unit::per_second,
             "collagen_mature_decay * (1 + (collagenase_activity - 1) / "
             "crosslinked_mmp_resistance)",
             "");
  collagen_pools(b, "collagen_iii", "collagen_iii_mature", "collagen_iii_share");
  collagen_pools(b, "collagen_i", "collagen_i_mature", "(1 - collagen_iii_share)");

  // Elastin: tropoelastin from the lineage (raised in activated cells and myofibroblasts),
  // assembled into fibres or digested; fibres and elastotic material digested by gelatinases.
  b.rate("tropoelastin",
         "rest_elastin_synthesis_per_cell * (fibroblasts_pos * (1 + "
         "(tropoelastin_tgf_induction - 1) * activation) + tropoelastin_tgf_induction * "
         "myofibroblasts_pos) - (tropoelastin_assembly + tropoelastin_decay * "
         "gelatinase_activity) * tropoelastin");
  b.rate("elastin",
         "tropoelastin_assembly * tropoelastin - rest_elastin_decay * gelatinase_activity * "
         "elastin");
  b.rate("elastotic_material",
         "rest_elastotic_supply - elastotic_turnover * gelatinase_activity * elastotic_material");
  b.rate("scar_collagen", "-scar_remodelling * positive(collagenase_activity - 1) * scar_collagen");

  // Hyaluronan: more from activated fibroblasts and KGF-driven keratinocytes; turns over daily.
  b.rate("hyaluronan",
         "rest_hyaluronan_dermal_synthesis * lineage * (1 + (hyaluronan_induction - 1) * "
         "activation) + rest_hyaluronan_epidermal_synthesis * (1 + (hyaluronan_induction - 1) * "
         "s_kgf) - hyaluronan_decay * hyaluronan");

  // Proteases: fibroblast collagenase induced by IL-1 and repressed by TGF-beta, which raises
  // gelatinase and TIMP; neutrophils and M1 macrophages add MMP-8 and MMP-9.
  b.quantity("leukocytes", unit::cells_per_mm3, "neutrophils_pos + macrophages_m1_pos", "");
  b.rate("mmp",
         "collagenase_production * lineage * (1 + (mmp_cytokine_induction - 1) * h_cytokines) * "
         "(1 - mmp_tgf_repression * s_tgf) + mmp_from_leukocyte * leukocytes - mmp_decay * mmp");
  b.rate("gelatinase",
         "gelatinase_production * lineage * (1 + (gelatinase_tgf_induction - 1) * s_tgf) + "
         "gelatinase_from_leukocyte * (leukocytes + m2_above_rest) - mmp_decay * gelatinase");
  b.rate("timp",
         "timp_production * lineage * (1 + (timp_tgf_induction - 1) * s_tgf) - timp_decay * "
         "timp");
}

}  // namespace dermasim::sbml
