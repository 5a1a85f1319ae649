#pragma once
// The parameters of the healing model: the table entries (name, unit, value, range, source) and
// the values the kinetics use, converted once from SI into the model's units (cells/mm^3, ng/mL,
// mg/cm^3, rates per second). docs/parameters.md lists every entry; docs/model.md the equations.
#include <vector>

#include "dermasim/parameters/parameter_set.hpp"

namespace dermasim::biology {

/// Every parameter the healing model reads, for parameters::default_parameters(): the four
/// parts below, in this order.
std::vector<parameters::ParameterInfo> healing_parameter_infos();
/// Damage, platelets, leukocytes, cytokines, PDGF and KGF (inflammation_parameters.cpp).
std::vector<parameters::ParameterInfo> inflammation_parameter_infos();
/// TGF-beta and its latent store, fibroblasts and myofibroblasts, the matrix and the proteases
/// that remodel it (repair_parameters.cpp).
std::vector<parameters::ParameterInfo> repair_parameter_infos();
/// Epidermis, pigment, vessels and what the instruments read (epidermis_parameters.cpp).
std::vector<parameters::ParameterInfo> epidermis_parameter_infos();
/// Diffusivities and motilities of the mobile species (mobility_parameters.cpp).
std::vector<parameters::ParameterInfo> mobility_parameter_infos();

struct HealingParameters {
  // Damage signals and debris.
  double damps_clearance = 0;            // 1/s
  double debris_damps_release = 0;       // 1/s, relative DAMP units per unit damaged fraction
  double debris_phagocytosis = 0;        // 1/s, at saturating phagocyte density
  double phagocyte_half_saturation = 0;  // cells/mm^3
  double debris_resorption = 0;          // 1/s, without phagocytes (resident cells)
  // Platelets.
  double platelet_degranulation = 0;  // 1/s
  double platelet_pdgf = 0;           // ng/mL released by a voxel full of clot
  double platelet_tgf_beta = 0;       // ng/mL
  // Leukocytes.
  double neutrophil_recruitment = 0;         // cells/mm^3/s at full signal and vessel density 1
  double neutrophil_death = 0;               // 1/s
  double monocyte_recruitment = 0;           // cells/mm^3/s
  double macrophage_death = 0;               // 1/s
  double m1_to_m2_basal = 0;                 // 1/s
  double m1_to_m2_efferocytosis = 0;         // 1/s at saturating apoptotic-neutrophil load
  double efferocytosis_half_saturation = 0;  // neutrophils/mm^3
  double resident_macrophages = 0;           // cells/mm^3 of dermis
  double signal_half_saturation = 0;         // relative DAMP units
  // Cytokines and growth factors.
  double cytokine_decay = 0;                 // 1/s
  double cytokine_from_damps = 0;            // ng/mL/s per relative DAMP unit
  double cytokine_from_neutrophil = 0;       // ng/mL/s per cell/mm^3
  double cytokine_from_m1 = 0;               // ng/mL/s per cell/mm^3
  double cytokine_half_saturation = 0;       // ng/mL
  double il10_half_saturation = 0;           // M2 cells/mm^3 that halve cytokine production
  double tgf_beta_decay = 0;                 // 1/s
  double tgf_beta_from_m2 = 0;               // ng/mL/s per cell/mm^3
  double latent_tgf_beta_resting = 0;        // ng/mL, papillary dermis
  double tgf_beta_resting_active_share = 0;  // 1
  double latent_tgf_beta_turnover = 0;       // 1/s
  double tgf_beta_autoinduction = 1;         // fold
  double tgf_beta_half_saturation = 0;       // ng/mL
  double pdgf_decay = 0;                     // 1/s
  double pdgf_from_macrophage = 0;           // ng/mL/s per cell/mm^3
  double pdgf_half_saturation = 0;           // ng/mL
  double kgf_decay = 0;                      // 1/s
  double kgf_from_fibroblast = 0;            // ng/mL/s per cell/mm^3
  double kgf_cytokine_induction = 0;         // fold increase at saturating cytokines
  double kgf_activation_induction = 1;       // fold increase in activated fibroblasts
  double kgf_half_saturation = 0;            // ng/mL
  // Fibroblasts.
  double fibroblasts_papillary = 0;          // cells/mm^3
  double fibroblasts_reticular = 0;          // cells/mm^3
  double fibroblast_proliferation = 0;       // 1/s
  double fibroblast_tgf_mitogenesis = 0;     // weight of TGF-beta relative to PDGF, 1
  double fibroblast_max_density = 0;         // cells/mm^3
  double fibroblast_return = 0;              // 1/s
  double myofibroblast_differentiation = 0;  // 1/s at saturating TGF-beta
  double myofibroblast_removal = 0;          // 1/s without TGF-beta signalling
  // Matrix.
  double collagen_papillary = 0;             // mg/cm^3 (young adult)
  double collagen_reticular = 0;             // mg/cm^3 (young adult)
  double collagen_iii_fraction = 0;          // resting share of collagen III, 1
  double collagen_iii_fraction_wound = 0;    // share made by PDGF-activated fibroblasts, 1
  double collagen_synthesis_rate = 0;        // 1/s, resting synthesis / collagen (young adult)
  double matrix_memory_weight = 0;           // 1
  double matrix_memory_half_saturation = 0;  // immature collagen, mg/cm^3
  double collagen_degradation_fall = 0;      // share by which activation lowers the degraded share
  double collagen_immature_decay = 0;        // 1/s at resting collagenase activity
  double collagen_crosslinking = 0;          // 1/s
  double collagen_mature_decay = 0;          // 1/s (crosslinked collagen)
  double collagen_packing_limit = 0;         // mg/cm^3
  double crosslinked_mmp_resistance = 1;     // fold slower MMP cleavage of crosslinked collagen
  double collagen_activation_fold = 0;       // synthesis of an activated fibroblast / quiescent
  double collagen_content_decline = 0;       // per year of age above the reference age
  double collagen_synthesis_decline = 0;     // per year of age above the reference age
  double reference_age = 0;                  // s
  double elastin_dermis = 0;                 // mg/cm^3
  double elastin_decay = 0;                  // 1/s
  double tropoelastin_assembly = 0;          // 1/s
  double tropoelastin_decay = 0;             // 1/s
  double tropoelastin_tgf_induction = 0;     // fold
  double elastotic_fraction_per_year = 0;    // share of elastin that is elastotic, per year over 30
  double elastotic_turnover = 0;             // 1/s at resting MMP activity
  double scar_remodelling = 0;               // 1/s per unit excess relative MMP activity
  double hyaluronan_dermis = 0;              // mg/cm^3
  double hyaluronan_epidermis = 0;           // mg/cm^3
  double hyaluronan_decay = 0;               // 1/s
  double hyaluronan_induction = 1;           // fold
  double mmp_decay = 0;                      // 1/s
  double mmp_resting = 0;                    // ng/mL in resting dermis
  double mmp_cytokine_induction = 0;     // fold increase of fibroblast MMP at saturating cytokines
  double mmp_from_leukocyte = 0;         // ng/mL/s per cell/mm^3 (neutrophils, M1)
  double mmp_tgf_repression = 0;         // share of fibroblast collagenase repressed by TGF-beta
  double gelatinase_resting = 0;         // ng/mL
  double gelatinase_tgf_induction = 1;   // fold
  double gelatinase_from_leukocyte = 0;  // ng/mL/s per cell/mm^3
  double timp_decay = 0;                 // 1/s
  double timp_resting = 0;               // ng/mL
  double timp_tgf_induction = 0;         // fold
  double timp_inhibition = 0;            // ng/mL of TIMP that halves MMP activity
  // Epidermis and barrier.
  double epidermal_closure = 0;           // 1/s, re-covering of the channels by keratinocytes
  double occlusion_closure_slowdown = 1;  // occlusion slows it this many times (transport table)
  double closure_inflammation_gain = 0;   // relative speed-up at saturating cytokines, 1
  double barrier_maturation = 0;          // 1/s
  double epidermal_growth = 0;            // 1/s, at saturating KGF
  double epidermal_turnover = 0;          // 1/s
  // Pigment.
  double melanin_proliferation_gain = 0;  // clearance speed-up per unit extra keratinocyte flux, 1
  double pih_melanogenesis = 0;           // 1/s, extra melanin made at saturating cytokines (III)
  double pih_phototype_ratio = 1;         // PIH propensity per Fitzpatrick type step, 1
  double dermal_melanin_clearance = 0;    // 1/s at the resting macrophage density
  double melanosome_degradation_type_i = 0;    // share of epidermal melanin degraded, type I
  double melanosome_degradation_per_type = 0;  // its fall per phototype step
  // Vessels and visible signs.
  double vessels_reticular = 0;        // relative microvascular density (papillary = 1), 1
  double vessels_hypodermis = 0;       // 1
  double vasodilation_rate = 0;        // 1/s
  double edema_formation = 0;          // 1/s (volume fraction per s at full dilation)
  double lymphatic_drainage = 0;       // 1/s
  double hypodermis_matrix_share = 0;  // matrix and cells of fat septa relative to reticular, 1
  // What instruments read.
  double tewl_baseline = 0;            // g/m^2/h
  double tewl_open_epidermis = 0;      // g/m^2/h through fully open epidermis
  double immature_barrier_leak = 0;    // permeability of re-covered, immature barrier, 1
  double erythema_index_baseline = 0;  // Mexameter units
  double erythema_index_gain = 0;      // Mexameter units at full vasodilation
  double histology_window = 0;         // m below the dermo-epidermal junction
  // Transport (m^2/s, in dermis; the epidermis uses the same, the stratum corneum 1/100).
  double diffusivity_damps = 0;
  double diffusivity_cytokines = 0;
  double diffusivity_tgf_beta = 0;
  double diffusivity_pdgf = 0;
  double diffusivity_kgf = 0;
  double diffusivity_mmp = 0;
  double diffusivity_timp = 0;
  double motility_neutrophils = 0;
  double motility_macrophages = 0;
  double motility_fibroblasts = 0;
  double fibroblast_chemotaxis = 0;  // m^2/s, up the PDGF receptor signal

  static HealingParameters from(const parameters::ParameterSet& p);
};

}  // namespace dermasim::biology
