// The parameters of the table (dermasim parameters; docs/parameters.md) that the well-mixed rate
// laws read, under the names of biology::HealingParameters (the names the C++ rate laws use),
// with their values converted to the model's units (HealingParameters::from) and, in the notes,
// the table entry, its description and its source.
#include <fmt/format.h>

#include <cmath>

#include "dermasim/sbml/model_builder.hpp"
#include "dermasim/units/quantity.hpp"

namespace dermasim::sbml {

namespace {

using biology::HealingParameters;

struct TableParameter {
  const char* id;                    // the HealingParameters field
  double HealingParameters::*value;  // in the model's units
  const char* unit;
  const char* table_key;        // the entry of the parameter table it is converted from
  const char* conversion = "";  // when it is not the table's value in other units
};

const TableParameter kTable[] = {
    // Inflammation (biology/inflammation_parameters.cpp).
    {"damps_clearance", &HealingParameters::damps_clearance, unit::per_second,
     "damps_clearance_rate"},
    {"debris_damps_release", &HealingParameters::debris_damps_release, unit::per_second,
     "debris_damps_release"},
    {"debris_phagocytosis", &HealingParameters::debris_phagocytosis, unit::per_second,
     "debris_phagocytosis_rate"},
    {"phagocyte_half_saturation", &HealingParameters::phagocyte_half_saturation,
     unit::cells_per_mm3, "phagocyte_half_saturation"},
    {"debris_resorption", &HealingParameters::debris_resorption, unit::per_second,
     "debris_resorption_rate"},
    {"platelet_degranulation", &HealingParameters::platelet_degranulation, unit::per_second,
     "platelet_degranulation_rate"},
    {"platelet_pdgf", &HealingParameters::platelet_pdgf, unit::ng_per_ml, "clot_pdgf"},
    {"platelet_tgf_beta", &HealingParameters::platelet_tgf_beta, unit::ng_per_ml, "clot_tgf_beta"},
    {"neutrophil_recruitment", &HealingParameters::neutrophil_recruitment,
     unit::cells_per_mm3_per_second, "neutrophil_recruitment_rate"},
    {"neutrophil_death", &HealingParameters::neutrophil_death, unit::per_second,
     "neutrophil_death_rate"},
    {"monocyte_recruitment", &HealingParameters::monocyte_recruitment,
     unit::cells_per_mm3_per_second, "monocyte_recruitment_rate"},
    {"macrophage_death", &HealingParameters::macrophage_death, unit::per_second,
     "macrophage_death_rate"},
    {"m1_to_m2_basal", &HealingParameters::m1_to_m2_basal, unit::per_second, "m1_to_m2_rate"},
    {"m1_to_m2_efferocytosis", &HealingParameters::m1_to_m2_efferocytosis, unit::per_second,
     "m1_to_m2_efferocytosis_rate"},
    {"efferocytosis_half_saturation", &HealingParameters::efferocytosis_half_saturation,
     unit::cells_per_mm3, "efferocytosis_half_saturation"},
    {"resident_macrophages", &HealingParameters::resident_macrophages, unit::cells_per_mm3,
     "resident_macrophages"},
    {"signal_half_saturation", &HealingParameters::signal_half_saturation, unit::dimensionless,
     "signal_half_saturation"},
    {"cytokine_decay", &HealingParameters::cytokine_decay, unit::per_second,
     "cytokine_clearance_rate"},
    {"cytokine_from_damps", &HealingParameters::cytokine_from_damps, unit::ng_per_ml_per_second,
     "cytokine_from_damps"},
    {"cytokine_from_neutrophil", &HealingParameters::cytokine_from_neutrophil,
     unit::pg_per_cell_per_second, "cytokine_secretion_neutrophil"},
    {"cytokine_from_m1", &HealingParameters::cytokine_from_m1, unit::pg_per_cell_per_second,
     "cytokine_secretion_m1"},
    {"cytokine_half_saturation", &HealingParameters::cytokine_half_saturation, unit::ng_per_ml,
     "cytokine_half_saturation"},
    {"il10_half_saturation", &HealingParameters::il10_half_saturation, unit::cells_per_mm3,
     "il10_half_saturation"},
    {"pdgf_decay", &HealingParameters::pdgf_decay, unit::per_second, "pdgf_decay_rate"},
    {"pdgf_from_macrophage", &HealingParameters::pdgf_from_macrophage, unit::pg_per_cell_per_second,
     "pdgf_secretion_macrophage"},
    {"pdgf_half_saturation", &HealingParameters::pdgf_half_saturation, unit::ng_per_ml,
     "pdgf_half_saturation"},
    {"kgf_decay", &HealingParameters::kgf_decay, unit::per_second, "kgf_decay_rate"},
    {"kgf_from_fibroblast", &HealingParameters::kgf_from_fibroblast, unit::pg_per_cell_per_second,
     "kgf_secretion_fibroblast"},
    {"kgf_cytokine_induction", &HealingParameters::kgf_cytokine_induction, unit::dimensionless,
     "kgf_cytokine_induction"},
    {"kgf_activation_induction", &HealingParameters::kgf_activation_induction, unit::dimensionless,
     "kgf_activation_induction"},
    {"kgf_half_saturation", &HealingParameters::kgf_half_saturation, unit::ng_per_ml,
     "kgf_half_saturation"},
    // TGF-beta, fibroblasts, matrix and proteases (biology/repair_parameters.cpp).
    {"tgf_beta_decay", &HealingParameters::tgf_beta_decay, unit::per_second, "tgf_beta_decay_rate"},
    {"tgf_beta_from_m2", &HealingParameters::tgf_beta_from_m2, unit::pg_per_cell_per_second,
     "tgf_beta_secretion_m2"},
    {"latent_tgf_beta_turnover", &HealingParameters::latent_tgf_beta_turnover, unit::per_second,
     "latent_tgf_beta_turnover_rate"},
    {"tgf_beta_autoinduction", &HealingParameters::tgf_beta_autoinduction, unit::dimensionless,
     "tgf_beta_autoinduction"},
    {"tgf_beta_half_saturation", &HealingParameters::tgf_beta_half_saturation, unit::ng_per_ml,
     "tgf_beta_half_saturation"},
    {"fibroblast_proliferation", &HealingParameters::fibroblast_proliferation, unit::per_second,
     "fibroblast_proliferation_rate"},
    {"fibroblast_tgf_mitogenesis", &HealingParameters::fibroblast_tgf_mitogenesis,
     unit::dimensionless, "fibroblast_tgf_mitogenesis"},
    {"fibroblast_max_density", &HealingParameters::fibroblast_max_density, unit::cells_per_mm3,
     "fibroblast_max_density"},
    {"fibroblast_return", &HealingParameters::fibroblast_return, unit::per_second,
     "fibroblast_return_rate"},
    {"myofibroblast_differentiation", &HealingParameters::myofibroblast_differentiation,
     unit::per_second, "myofibroblast_differentiation_rate"},
    {"myofibroblast_removal", &HealingParameters::myofibroblast_removal, unit::per_second,
     "myofibroblast_removal_rate"},
    {"collagen_iii_fraction", &HealingParameters::collagen_iii_fraction, unit::dimensionless,
     "collagen_iii_share"},
    {"collagen_iii_fraction_wound", &HealingParameters::collagen_iii_fraction_wound,
     unit::dimensionless, "collagen_iii_share_wound"},
    {"matrix_memory_weight", &HealingParameters::matrix_memory_weight, unit::dimensionless,
     "matrix_memory_weight"},
    {"matrix_memory_half_saturation", &HealingParameters::matrix_memory_half_saturation,
     unit::mg_per_cm3, "matrix_memory_half_saturation"},
    {"collagen_degradation_fall", &HealingParameters::collagen_degradation_fall,
     unit::dimensionless, "collagen_degradation_fall"},
    {"collagen_immature_decay", &HealingParameters::collagen_immature_decay, unit::per_second,
     "collagen_immature_decay_rate"},
    {"collagen_crosslinking", &HealingParameters::collagen_crosslinking, unit::per_second,
     "collagen_crosslinking_rate"},
    {"collagen_mature_decay", &HealingParameters::collagen_mature_decay, unit::per_second,
     "collagen_mature_decay_rate"},
    {"collagen_packing_limit", &HealingParameters::collagen_packing_limit, unit::mg_per_cm3,
     "collagen_packing_limit"},
    {"crosslinked_mmp_resistance", &HealingParameters::crosslinked_mmp_resistance,
     unit::dimensionless, "crosslinked_mmp_resistance"},
    {"collagen_activation_fold", &HealingParameters::collagen_activation_fold, unit::dimensionless,
     "collagen_activation_fold"},
    {"tropoelastin_assembly", &HealingParameters::tropoelastin_assembly, unit::per_second,
     "tropoelastin_assembly_rate"},
    {"tropoelastin_decay", &HealingParameters::tropoelastin_decay, unit::per_second,
     "tropoelastin_decay_rate"},
    {"tropoelastin_tgf_induction", &HealingParameters::tropoelastin_tgf_induction,
     unit::dimensionless, "tropoelastin_tgf_induction"},
    {"elastotic_turnover", &HealingParameters::elastotic_turnover, unit::per_second,
     "elastotic_turnover_rate"},
    {"scar_remodelling", &HealingParameters::scar_remodelling, unit::per_second,
     "scar_remodelling_rate"},
    {"hyaluronan_decay", &HealingParameters::hyaluronan_decay, unit::per_second,
     "hyaluronan_half_life", "ln 2 / hyaluronan_half_life"},
    {"hyaluronan_induction", &HealingParameters::hyaluronan_induction, unit::dimensionless,
     "hyaluronan_induction"},
    {"mmp_decay", &HealingParameters::mmp_decay, unit::per_second, "mmp_decay_rate"},
    {"mmp_cytokine_induction", &HealingParameters::mmp_cytokine_induction, unit::dimensionless,
     "mmp_cytokine_induction"},
    {"mmp_from_leukocyte", &HealingParameters::mmp_from_leukocyte, unit::pg_per_cell_per_second,
     "mmp_secretion_leukocyte"},
    {"mmp_tgf_repression", &HealingParameters::mmp_tgf_repression, unit::dimensionless,
     "mmp_tgf_repression"},
    {"gelatinase_tgf_induction", &HealingParameters::gelatinase_tgf_induction, unit::dimensionless,
     "gelatinase_tgf_induction"},
    {"gelatinase_from_leukocyte", &HealingParameters::gelatinase_from_leukocyte,
     unit::pg_per_cell_per_second, "gelatinase_secretion_leukocyte"},
    {"timp_decay", &HealingParameters::timp_decay, unit::per_second, "timp_decay_rate"},
    {"timp_tgf_induction", &HealingParameters::timp_tgf_induction, unit::dimensionless,
     "timp_tgf_induction"},
    {"timp_inhibition", &HealingParameters::timp_inhibition, unit::ng_per_ml, "timp_inhibition"},
    // Epidermis, vessels and pigment (biology/epidermis_parameters.cpp).
    {"epidermal_closure", &HealingParameters::epidermal_closure, unit::per_second,
     "epidermal_closure_rate"},
    {"occlusion_closure_slowdown", &HealingParameters::occlusion_closure_slowdown,
     unit::dimensionless, "occlusion_closure_slowdown"},
    {"closure_inflammation_gain", &HealingParameters::closure_inflammation_gain,
     unit::dimensionless, "closure_inflammation_gain"},
    {"barrier_maturation", &HealingParameters::barrier_maturation, unit::per_second,
     "barrier_maturation_rate"},
    {"epidermal_growth", &HealingParameters::epidermal_growth, unit::per_second,
     "epidermal_growth_rate"},
    {"epidermal_turnover", &HealingParameters::epidermal_turnover, unit::per_second,
     "epidermal_turnover_rate"},
    {"melanin_proliferation_gain", &HealingParameters::melanin_proliferation_gain,
     unit::dimensionless, "melanin_proliferation_gain"},
    {"pih_melanogenesis", &HealingParameters::pih_melanogenesis, unit::per_second,
     "pih_melanogenesis_rate"},
    {"dermal_melanin_clearance", &HealingParameters::dermal_melanin_clearance, unit::per_second,
     "dermal_melanin_clearance_rate"},
    {"vasodilation_rate", &HealingParameters::vasodilation_rate, unit::per_second,
     "vasodilation_rate"},
    {"edema_formation", &HealingParameters::edema_formation, unit::per_second,
     "edema_formation_rate"},
    {"lymphatic_drainage", &HealingParameters::lymphatic_drainage, unit::per_second,
     "lymphatic_drainage_rate"},
};

/// The note of a table parameter: what it is, the table entry it comes from (with the value
/// the scenario gave it, in the table's unit), and the source.
std::string table_note(const TableParameter& t, const parameters::ParameterSet& table) {
  const parameters::ParameterInfo& info = table.info(t.table_key);
  const double value = units::from_si(table.si(t.table_key), info.unit);
  std::string entry =
      fmt::format("Parameter table: {} = {:.15g} {}", t.table_key, value, info.unit);
  if (value != info.value) entry += fmt::format(" (set by the scenario; default {:g})", info.value);
  if (*t.conversion) entry += fmt::format("; here {}", t.conversion);
  return fmt::format("{}\n{}\nSource: {}", info.description, entry, info.source);
}

}  // namespace

void add_table_parameters(ModelBuilder& b, const HealingParameters& p,
                          const parameters::ParameterSet& table) {
  for (const TableParameter& t : kTable) b.constant(t.id, p.*t.value, t.unit, table_note(t, table));
}

}  // namespace dermasim::sbml
