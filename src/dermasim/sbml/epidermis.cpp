// The epidermis, the vessels and the pigment: mirrors HealingKinetics::epidermis_rates
// (biology/epidermis_rates.cpp) term by term.
#include "dermasim/sbml/model_builder.hpp"

namespace dermasim::sbml {

void add_epidermis(ModelBuilder& b) {
  // Keratinocytes re-cover the channels (faster with inflammation, slower under occlusion),
  // then the barrier matures; KGF thickens the epidermis, desquamation thins it.
  b.quantity("closure_rate", unit::per_second,
             "epidermal_closure * (1 + closure_inflammation_gain * h_cytokines) / "
             "piecewise(occlusion_closure_slowdown, occluded > 0, 1)",
             "Re-covering of the open epidermis (Brogden et al. 2012).");
  b.rate("epidermal_gap", "-closure_rate * epidermal_gap");
  b.rate("immature_barrier",
         "closure_rate * epidermal_gap - barrier_maturation * immature_barrier");
  b.rate("epidermal_hyperplasia",
         "epidermal_growth * s_kgf - epidermal_turnover * epidermal_hyperplasia");

  // Vessels: dilation follows the inflammatory signal; leaky vessels make oedema.
  b.rate("vasodilation", "vasodilation_rate * (recruitment - vasodilation)");
  b.rate("edema",
         "edema_formation * window_vessels * positive(vasodilation) - lymphatic_drainage * edema");

  // Pigment: melanogenesis (plus post-inflammatory hyperpigmentation, Tomita 1992) against
  // degradation in the keratinocytes and shedding after their transit (Thong 2003); dermal
  // melanophages cleared faster with more macrophages.
  b.quantity("extra_keratinocyte_flux", unit::dimensionless,
             "epidermal_growth * s_kgf / epidermal_turnover",
             "Extra keratinocyte flux that KGF drives, relative to the resting turnover.");
  b.quantity("melanin_transit", unit::dimensionless,
             "(1 + positive(epidermal_hyperplasia)) / (1 + melanin_proliferation_gain * "
             "extra_keratinocyte_flux)",
             "Transit time of melanin through the epidermis relative to rest.");
  b.rate("epidermal_melanin",
         "window_viable_epidermis * (epidermal_turnover * melanocyte_activity + pih_melanogenesis "
         "* pih_gain * h_cytokines) - epidermal_turnover * (melanin_degraded_share + (1 - "
         "melanin_degraded_share) / melanin_transit) * epidermal_melanin");
  b.quantity("macrophage_factor", unit::dimensionless,
             "1 + (macrophages_m1_pos + m2_above_rest) / resident_macrophages", "");
  b.rate("dermal_melanin",
         "dermal_leak - dermal_melanin_clearance * macrophage_factor * dermal_melanin");
}

}  // namespace dermasim::sbml
