#pragma once
// The species of the healing model: what each voxel carries, in which unit, and whether it moves.
// Units are the ones histology and immunoassays report (cells/mm^3, ng/mL, mg/cm^3); the
// kinetics work in them directly, with time in seconds.
#include <array>
#include <string_view>

namespace dermasim::biology {

enum Species : int {
  damage,                 // damaged (necrotic) volume fraction, 1
  damps,                  // damage signals (HMGB1, ATP, ...), relative units: 1 = release of a
                          //   fully damaged voxel
  platelets,              // activated platelet content, volume fraction of blood clot, 1
  neutrophils,            // cells/mm^3
  macrophages_m1,         // pro-inflammatory macrophages, cells/mm^3
  macrophages_m2,         // repair macrophages (and the resident pool), cells/mm^3
  cytokines,              // pro-inflammatory cytokines (IL-1beta, TNF-alpha lumped), ng/mL
  tgf_beta,               // active TGF-beta1, ng/mL
  pdgf,                   // PDGF, ng/mL
  kgf,                    // keratinocyte growth factor (FGF-7), ng/mL
  fibroblasts,            // fibroblasts that are not myofibroblasts, cells/mm^3
  collagen_iii,           // mg/cm^3
  collagen_i,             // mg/cm^3, all collagen I (crosslinked or not)
  collagen_i_mature,      // mg/cm^3, the crosslinked part of collagen I (the rest is labile)
  tropoelastin,           // soluble precursor, mg/cm^3
  elastin,                // functional elastic fibres, mg/cm^3
  elastotic_material,     // photo-aged elastotic material (solar elastosis), mg/cm^3
  scar_collagen,          // dense fibrotic collagen of scars, mg/cm^3
  mmp,                    // interstitial collagenases (MMP-1, -8, -13 lumped), ng/mL
  timp,                   // their tissue inhibitors (TIMP-1), ng/mL
  epidermal_gap,          // epidermis not yet re-covered by keratinocytes, volume fraction, 1
  immature_barrier,       // re-covered epidermis whose barrier is not yet competent, fraction, 1
  epidermal_hyperplasia,  // keratinocyte layers added, relative to the resting thickness, 1
  vasodilation,           // fraction of the microvascular bed dilated (erythema), 1
  edema,                  // excess interstitial fluid, volume fraction, 1
  epidermal_melanin,      // melanin in the keratinocytes, relative: 1 = the phototype's normal
                          //   content of a voxel of viable epidermis
  dermal_melanin,         // melanin in dermal melanophages, same unit
  // Added with the second-generation repair model (docs/model.md 6.4); appended so that the
  // indices and the order of `--fields all` of the species above stay as they were.
  collagen_iii_mature,  // mg/cm^3, the crosslinked part of collagen III
  latent_tgf_beta,      // latent TGF-beta1 held in the matrix (LAP/LTBP complexes), ng/mL of
                        //   TGF-beta1 it would release
  myofibroblasts,       // alpha-SMA positive fibroblasts, cells/mm^3 (not in `fibroblasts`)
  gelatinase,           // gelatinases and elastases (MMP-2, MMP-9 lumped), ng/mL
  hyaluronan,           // hyaluronan of the ground substance, mg/cm^3
  kSpeciesCount
};

inline constexpr int kSpecies = kSpeciesCount;

struct SpeciesInfo {
  std::string_view name;  // snake_case, as in timeseries.csv (with the unit suffix)
  std::string_view unit;  // as written in the column name: "per_mm3", "ng_ml", "mg_cm3", "1"
  bool mobile;            // diffuses (cytokines) or migrates (cells) on the grid
  double tolerance;       // absolute error that does not matter, in the species' unit
};

const std::array<SpeciesInfo, kSpecies>& species_info();

}  // namespace dermasim::biology
