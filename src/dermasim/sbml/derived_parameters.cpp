// What the C++ kinetics compute once, from the table and the window's environment, before any
// rate is evaluated: the resting state that every rate law compares with and the rates that hold
// it (HealingKinetics::resting_state), the constants of the proteases, latent TGF-beta and
// pigment (the HealingKinetics constructor and set_pigmentation), and the window's tissue
// (make_environment, window_conditions). They are written as numbers: a tool that changes a
// table parameter does not recompute them (dermasim export-sbml does, from the scenario).
#include "dermasim/sbml/model_builder.hpp"

namespace dermasim::sbml {

void add_derived_parameters(ModelBuilder& b, const biology::HealingKinetics& kinetics,
                            const biology::TissueEnvironment& window) {
  using namespace biology;
  const RestingState& r = kinetics.rest(0);
  const HealingKinetics::DerivedConstants c = kinetics.derived_constants();
  const PigmentSite& pigment = kinetics.pigment_site(0);
  const std::string rest = "HealingKinetics::resting_state, for the window at the person's age: ";

  // The window's tissue (make_environment over the layers in the window).
  b.constant("window_vessels", window.vessels, unit::dimensionless,
             "Relative microvascular density of the window (papillary plexus = 1), the volume "
             "average of its layers (make_environment).");
  b.constant("window_viable_epidermis", window.viable_epidermis(), unit::dimensionless,
             "Volume fraction of viable epidermis in the window (make_environment).");

  // The resting state.
  b.constant("rest_fibroblasts", r.u[fibroblasts], unit::cells_per_mm3,
             rest + "resting fibroblast density.");
  b.constant("rest_macrophages_m2", r.u[macrophages_m2], unit::cells_per_mm3,
             rest + "resident macrophages.");
  b.constant("rest_h_pdgf", r.h_pdgf, unit::dimensionless,
             rest + "PDGF saturation at rest, h(PDGF_rest, pdgf_half_saturation).");
  b.constant("rest_h_tgf", r.h_tgf, unit::dimensionless,
             rest + "TGF-beta saturation at rest, h(TGF_rest, tgf_beta_half_saturation).");
  b.constant("rest_h_kgf", r.h_kgf, unit::dimensionless,
             rest + "KGF saturation at rest, h(KGF_rest, kgf_half_saturation).");
  b.constant("rest_h_immature", r.h_immature, unit::dimensionless,
             rest +
                 "saturation of the immature collagen at rest, "
                 "h(immature_rest, matrix_memory_half_saturation).");
  b.constant("rest_packing_room", r.packing_room, unit::dimensionless,
             rest + "1 - resting collagen / collagen_packing_limit.");
  b.constant("rest_collagen_synthesis_per_cell", r.collagen_synthesis_per_cell,
             unit::ug_per_cell_per_second,
             rest +
                 "collagen (I + III) made per quiescent fibroblast, synthesis_factor(age) * "
                 "collagen_synthesis_rate * collagen / collagen_content_factor(age) / "
                 "resting fibroblasts (Babraj 2005; Varani 2006).");
  b.constant("rest_collagen_degraded_share", r.collagen_degraded_share, unit::dimensionless,
             rest +
                 "share of newly made collagen degraded at once at rest, 1 - deposition / "
                 "synthesis (Bienkowski 1978; Laurent 1987).");
  b.constant("rest_elastin_synthesis_per_cell", r.elastin_synthesis_per_cell,
             unit::ug_per_cell_per_second,
             rest +
                 "tropoelastin made per fibroblast, (assembly + decay) * resting tropoelastin "
                 "/ resting fibroblasts.");
  b.constant("rest_elastin_decay", r.elastin_decay, unit::per_second,
             rest + "elastin_decay * synthesis_factor(age).");
  b.constant("rest_elastotic_supply", r.elastotic_supply, unit::mg_per_cm3_per_second,
             rest +
                 "UV damage balancing the elastotic material's turnover, elastotic_turnover "
                 "* resting elastotic material.");
  b.constant("rest_hyaluronan_dermal_synthesis", r.hyaluronan_dermal_synthesis,
             unit::mg_per_cm3_per_second,
             rest +
                 "hyaluronan made by the resting fibroblasts, hyaluronan_decay * dermal "
                 "hyaluronan (Reed 1990).");
  b.constant("rest_hyaluronan_epidermal_synthesis", r.hyaluronan_epidermal_synthesis,
             unit::mg_per_cm3_per_second,
             rest +
                 "hyaluronan made by the resting keratinocytes, hyaluronan_decay * epidermal "
                 "hyaluronan.");

  // Proteases and latent TGF-beta (the HealingKinetics constructor).
  const std::string ctor = "HealingKinetics constructor: ";
  b.constant("collagenase_production", c.collagenase_production, unit::ng_per_ml_per_second,
             ctor + "resting collagenase production, mmp_decay * mmp_resting.");
  b.constant("gelatinase_production", c.gelatinase_production, unit::ng_per_ml_per_second,
             ctor + "resting gelatinase production, mmp_decay * gelatinase_resting.");
  b.constant("timp_production", c.timp_production, unit::ng_per_ml_per_second,
             ctor + "resting TIMP production, timp_decay * timp_resting.");
  b.constant("collagenase_rest", c.collagenase_rest, unit::ng_per_ml,
             ctor +
                 "active collagenase at rest, mmp_resting / (1 + timp_resting / "
                 "timp_inhibition).");
  b.constant("gelatinase_rest", c.gelatinase_rest, unit::ng_per_ml,
             ctor +
                 "active gelatinase at rest, gelatinase_resting / (1 + timp_resting / "
                 "timp_inhibition).");
  b.constant("latent_activation", c.latent_activation, unit::per_second,
             ctor +
                 "activation of latent TGF-beta at resting gelatinase activity, "
                 "tgf_beta_decay * share / (1 - share) with share = "
                 "tgf_beta_resting_active_share (Yang 1999).");
  b.constant("latent_secretion_per_cell", c.latent_secretion_per_cell, unit::pg_per_cell_per_second,
             ctor +
                 "latent TGF-beta secreted per fibroblast, (latent_activation + "
                 "latent_tgf_beta_turnover) * latent_tgf_beta_resting / "
                 "fibroblasts_papillary.");

  // Pigment (set_pigmentation, window_conditions).
  b.constant("pih_gain", c.pih_gain, unit::dimensionless,
             "HealingKinetics::set_pigmentation: post-inflammatory hyperpigmentation propensity "
             "of the phototype, pih_phototype_ratio^(Fitzpatrick - 3).");
  b.constant("melanin_degraded_share", c.melanin_degraded_share, unit::dimensionless,
             "HealingKinetics::set_pigmentation: share of epidermal melanin degraded in the "
             "epidermis rather than shed, melanosome_degradation_type_i - "
             "melanosome_degradation_per_type * (Fitzpatrick - 1), in [0, 1] (Thong 2003).");
  b.constant("melanocyte_activity", pigment.melanocyte_activity, unit::dimensionless,
             "window_conditions: the melanocytes' activity relative to the phototype's normal, "
             "weighted by viable epidermis (1 without pigmentation).");
  b.constant("dermal_leak", pigment.dermal_leak, unit::per_second,
             "window_conditions: melanin let into the dermis through a damaged basement "
             "membrane (relative units per second; 0 without pigmentation).");
}

}  // namespace dermasim::sbml
