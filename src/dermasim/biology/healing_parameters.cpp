#include "dermasim/biology/healing_parameters.hpp"

#include <cmath>

#include "dermasim/units/quantity.hpp"

namespace dermasim::biology {

// Values, ranges and sources: docs/parameters.md is generated from this table. Where a value is an
// assumption, the source says so and what it was calibrated against.
std::vector<parameters::ParameterInfo> healing_parameter_infos() {
  std::vector<parameters::ParameterInfo> all;
  for (auto part : {inflammation_parameter_infos, repair_parameter_infos, epidermis_parameter_infos,
                    mobility_parameter_infos}) {
    auto infos = part();
    all.insert(all.end(), std::make_move_iterator(infos.begin()),
               std::make_move_iterator(infos.end()));
  }
  return all;
}

namespace {
double in(const parameters::ParameterSet& p, const char* name, const char* unit) {
  return units::from_si(p.si(name), unit);
}
}  // namespace

HealingParameters HealingParameters::from(const parameters::ParameterSet& p) {
  HealingParameters h;
  h.damps_clearance = p.si("damps_clearance_rate");
  h.debris_damps_release = p.si("debris_damps_release");
  h.debris_phagocytosis = p.si("debris_phagocytosis_rate");
  h.phagocyte_half_saturation = in(p, "phagocyte_half_saturation", "1/mm3");
  h.debris_resorption = p.si("debris_resorption_rate");
  h.platelet_degranulation = p.si("platelet_degranulation_rate");
  h.platelet_pdgf = in(p, "clot_pdgf", "ng/mL");
  h.platelet_tgf_beta = in(p, "clot_tgf_beta", "ng/mL");
  h.neutrophil_recruitment = in(p, "neutrophil_recruitment_rate", "1/mm3/s");
  h.neutrophil_death = p.si("neutrophil_death_rate");
  h.monocyte_recruitment = in(p, "monocyte_recruitment_rate", "1/mm3/s");
  h.macrophage_death = p.si("macrophage_death_rate");
  h.m1_to_m2_basal = p.si("m1_to_m2_rate");
  h.m1_to_m2_efferocytosis = p.si("m1_to_m2_efferocytosis_rate");
  h.efferocytosis_half_saturation = in(p, "efferocytosis_half_saturation", "1/mm3");
  h.resident_macrophages = in(p, "resident_macrophages", "1/mm3");
  h.signal_half_saturation = p.si("signal_half_saturation");
  h.cytokine_decay = p.si("cytokine_clearance_rate");
  h.cytokine_from_damps = in(p, "cytokine_from_damps", "ng/mL/s");
  // pg per cell per second times cells/mm^3 is pg/mm^3/s, which is ng/mL/s.
  h.cytokine_from_neutrophil = in(p, "cytokine_secretion_neutrophil", "pg/s");
  h.cytokine_from_m1 = in(p, "cytokine_secretion_m1", "pg/s");
  h.cytokine_half_saturation = in(p, "cytokine_half_saturation", "ng/mL");
  h.il10_half_saturation = in(p, "il10_half_saturation", "1/mm3");
  h.tgf_beta_decay = p.si("tgf_beta_decay_rate");
  h.tgf_beta_from_m2 = in(p, "tgf_beta_secretion_m2", "pg/s");
  h.latent_tgf_beta_resting = in(p, "latent_tgf_beta_resting", "ng/mL");
  h.tgf_beta_resting_active_share = p.si("tgf_beta_resting_active_share");
  h.latent_tgf_beta_turnover = p.si("latent_tgf_beta_turnover_rate");
  h.tgf_beta_autoinduction = p.si("tgf_beta_autoinduction");
  h.tgf_beta_half_saturation = in(p, "tgf_beta_half_saturation", "ng/mL");
  h.pdgf_decay = p.si("pdgf_decay_rate");
  h.pdgf_from_macrophage = in(p, "pdgf_secretion_macrophage", "pg/s");
  h.pdgf_half_saturation = in(p, "pdgf_half_saturation", "ng/mL");
  h.kgf_decay = p.si("kgf_decay_rate");
  h.kgf_from_fibroblast = in(p, "kgf_secretion_fibroblast", "pg/s");
  h.kgf_cytokine_induction = p.si("kgf_cytokine_induction");
  h.kgf_activation_induction = p.si("kgf_activation_induction");
  h.kgf_half_saturation = in(p, "kgf_half_saturation", "ng/mL");
  h.fibroblasts_papillary = in(p, "fibroblasts_papillary", "1/mm3");
  h.fibroblasts_reticular = in(p, "fibroblasts_reticular", "1/mm3");
  h.fibroblast_proliferation = p.si("fibroblast_proliferation_rate");
  h.fibroblast_tgf_mitogenesis = p.si("fibroblast_tgf_mitogenesis");
  h.fibroblast_max_density = in(p, "fibroblast_max_density", "1/mm3");
  h.fibroblast_return = p.si("fibroblast_return_rate");
  h.myofibroblast_differentiation = p.si("myofibroblast_differentiation_rate");
  h.myofibroblast_removal = p.si("myofibroblast_removal_rate");
  h.collagen_papillary = in(p, "collagen_papillary", "mg/cm3");
  h.collagen_reticular = in(p, "collagen_reticular", "mg/cm3");
  h.collagen_iii_fraction = p.si("collagen_iii_share");
  h.collagen_iii_fraction_wound = p.si("collagen_iii_share_wound");
  h.collagen_synthesis_rate = p.si("collagen_synthesis_rate");
  h.collagen_immature_decay = p.si("collagen_immature_decay_rate");
  h.collagen_crosslinking = p.si("collagen_crosslinking_rate");
  h.collagen_degradation_fall = p.si("collagen_degradation_fall");
  h.matrix_memory_weight = p.si("matrix_memory_weight");
  h.matrix_memory_half_saturation = in(p, "matrix_memory_half_saturation", "mg/cm3");
  h.collagen_mature_decay = p.si("collagen_mature_decay_rate");
  h.collagen_packing_limit = in(p, "collagen_packing_limit", "mg/cm3");
  h.crosslinked_mmp_resistance = p.si("crosslinked_mmp_resistance");
  h.collagen_activation_fold = p.si("collagen_activation_fold");
  h.collagen_content_decline = in(p, "collagen_content_decline", "1/year");
  h.collagen_synthesis_decline = in(p, "collagen_synthesis_decline", "1/year");
  h.reference_age = p.si("reference_age");
  h.elastin_dermis = in(p, "elastin_dermis", "mg/cm3");
  h.elastin_decay = p.si("elastin_decay_rate");
  h.tropoelastin_assembly = p.si("tropoelastin_assembly_rate");
  h.tropoelastin_decay = p.si("tropoelastin_decay_rate");
  h.tropoelastin_tgf_induction = p.si("tropoelastin_tgf_induction");
  h.elastotic_fraction_per_year = in(p, "elastotic_fraction_per_year", "1/year");
  h.elastotic_turnover = p.si("elastotic_turnover_rate");
  h.scar_remodelling = p.si("scar_remodelling_rate");
  h.hyaluronan_dermis = in(p, "hyaluronan_dermis", "mg/cm3");
  h.hyaluronan_epidermis = in(p, "hyaluronan_epidermis", "mg/cm3");
  h.hyaluronan_decay = std::log(2.0) / p.si("hyaluronan_half_life");
  h.hyaluronan_induction = p.si("hyaluronan_induction");
  h.mmp_decay = p.si("mmp_decay_rate");
  h.mmp_resting = in(p, "mmp_resting", "ng/mL");
  h.mmp_cytokine_induction = p.si("mmp_cytokine_induction");
  h.mmp_from_leukocyte = in(p, "mmp_secretion_leukocyte", "pg/s");
  h.mmp_tgf_repression = p.si("mmp_tgf_repression");
  h.gelatinase_resting = in(p, "gelatinase_resting", "ng/mL");
  h.gelatinase_tgf_induction = p.si("gelatinase_tgf_induction");
  h.gelatinase_from_leukocyte = in(p, "gelatinase_secretion_leukocyte", "pg/s");
  h.timp_decay = p.si("timp_decay_rate");
  h.timp_resting = in(p, "timp_resting", "ng/mL");
  h.timp_tgf_induction = p.si("timp_tgf_induction");
  h.timp_inhibition = in(p, "timp_inhibition", "ng/mL");
  h.epidermal_closure = p.si("epidermal_closure_rate");
  h.occlusion_closure_slowdown = p.si("occlusion_closure_slowdown");
  h.closure_inflammation_gain = p.si("closure_inflammation_gain");
  h.barrier_maturation = p.si("barrier_maturation_rate");
  h.epidermal_growth = p.si("epidermal_growth_rate");
  h.epidermal_turnover = p.si("epidermal_turnover_rate");
  h.melanin_proliferation_gain = p.si("melanin_proliferation_gain");
  h.pih_melanogenesis = p.si("pih_melanogenesis_rate");
  h.pih_phototype_ratio = p.si("pih_phototype_ratio");
  h.dermal_melanin_clearance = p.si("dermal_melanin_clearance_rate");
  h.melanosome_degradation_type_i = p.si("melanosome_degradation_type_i");
  h.melanosome_degradation_per_type = p.si("melanosome_degradation_per_type");
  h.vessels_reticular = p.si("vessel_density_reticular");
  h.vessels_hypodermis = p.si("vessel_density_hypodermis");
  h.vasodilation_rate = p.si("vasodilation_rate");
  h.edema_formation = p.si("edema_formation_rate");
  h.lymphatic_drainage = p.si("lymphatic_drainage_rate");
  h.hypodermis_matrix_share = p.si("hypodermis_matrix_share");
  h.tewl_baseline = in(p, "tewl_baseline", "g/m2/h");
  h.tewl_open_epidermis = in(p, "tewl_open_epidermis", "g/m2/h");
  h.immature_barrier_leak = p.si("immature_barrier_leak");
  h.erythema_index_baseline = p.si("erythema_index_baseline");
  h.erythema_index_gain = p.si("erythema_index_gain");
  h.histology_window = p.si("histology_window");
  h.diffusivity_damps = p.si("diffusivity_damps");
  h.diffusivity_cytokines = p.si("diffusivity_cytokines");
  h.diffusivity_tgf_beta = p.si("diffusivity_tgf_beta");
  h.diffusivity_pdgf = p.si("diffusivity_pdgf");
  h.diffusivity_kgf = p.si("diffusivity_kgf");
  h.diffusivity_mmp = p.si("diffusivity_mmp");
  h.diffusivity_timp = p.si("diffusivity_timp");
  h.motility_neutrophils = p.si("motility_neutrophils");
  h.motility_macrophages = p.si("motility_macrophages");
  h.motility_fibroblasts = p.si("motility_fibroblasts");
  h.fibroblast_chemotaxis = p.si("fibroblast_chemotaxis");
  return h;
}

}  // namespace dermasim::biology
