#include "dermasim/biology/species.hpp"

namespace dermasim::biology {

const std::array<SpeciesInfo, kSpecies>& species_info() {
  // Tolerances: about 0.1-1 % of the level at which each species acts (its half-saturation or
  // resting level); cell densities to 1-10 cells/mm^3.
  static const std::array<SpeciesInfo, kSpecies> info{{
      {"damage", "1", false, 0.001},
      {"damps", "1", true, 0.0003},
      {"platelets", "1", false, 0.001},
      {"neutrophils", "per_mm3", true, 1.0},
      {"macrophages_m1", "per_mm3", true, 1.0},
      {"macrophages_m2", "per_mm3", true, 1.0},
      {"cytokines", "ng_ml", true, 0.0003},
      {"tgf_beta", "ng_ml", true, 0.001},
      {"pdgf", "ng_ml", true, 0.001},
      {"kgf", "ng_ml", true, 0.001},
      {"fibroblasts", "per_mm3", true, 10.0},
      {"collagen_iii", "mg_cm3", false, 0.01},
      {"collagen_i", "mg_cm3", false, 0.01},
      {"collagen_i_mature", "mg_cm3", false, 0.01},
      {"tropoelastin", "mg_cm3", false, 1e-05},
      {"elastin", "mg_cm3", false, 0.001},
      {"elastotic_material", "mg_cm3", false, 0.001},
      {"scar_collagen", "mg_cm3", false, 0.01},
      {"mmp", "ng_ml", true, 0.01},
      {"timp", "ng_ml", true, 0.01},
      {"epidermal_gap", "1", false, 0.001},
      {"immature_barrier", "1", false, 0.001},
      {"epidermal_hyperplasia", "1", false, 0.001},
      {"vasodilation", "1", false, 0.001},
      {"edema", "1", false, 0.0001},
      {"epidermal_melanin", "1", false, 0.001},
      {"dermal_melanin", "1", false, 0.001},
      {"collagen_iii_mature", "mg_cm3", false, 0.01},
      {"latent_tgf_beta", "ng_ml", false, 0.001},
      {"myofibroblasts", "per_mm3", false, 10.0},
      {"gelatinase", "ng_ml", true, 0.01},
      {"hyaluronan", "mg_cm3", false, 0.0003},
  }};
  return info;
}

}  // namespace dermasim::biology
