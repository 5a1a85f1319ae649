#pragma once
// The parameters of the clinical outcomes: how the simulated tissue becomes a surface, a colour
// and a mechanical response (docs/model.md section 7; docs/parameters.md lists every entry with
// its unit, range and source). Values are converted once from the table into the units the
// outcome formulas use.
#include <array>
#include <vector>

#include "dermasim/parameters/parameter_set.hpp"
#include "dermasim/skin/conditions.hpp"

namespace dermasim::outcomes {

/// Every parameter the outcomes read, for parameters::default_parameters().
std::vector<parameters::ParameterInfo> outcome_parameter_infos();

struct OutcomeParameters {
  // Surface.
  double matrix_volume_expression = 0;  // share of the matrix gain that lifts a depressed floor
  std::array<double, skin::kScarTypes> tethered_share{};  // depression held by the fibrotic base
  double texture_fill_share = 0;       // share of the matrix lift the microrelief takes
  double microrelief_ra_young = 0;     // m, Ra of the microrelief at the reference age
  double microrelief_ra_per_year = 0;  // m/s (of age) above it
  double microrelief_spacing = 0;      // m, typical spacing of the primary furrows
  double roughness_cutoff = 0;         // m, Gaussian filter cut-off (ISO 16610-21)
  double surface_spacing = 0;          // m, sampling of the height map
  // Pigment (Mexameter melanin index).
  double melanin_index_type_i = 0;      // MI of normal facial skin, Fitzpatrick type I
  double melanin_index_ratio = 0;       // MI growth per phototype step
  double melanin_index_floor = 0;       // MI of skin with no melanin
  double dermal_melanin_weight = 0;     // dermal melanin's weight in MI relative to epidermal
  double pigment_visible_contrast = 0;  // MI difference the eye sees
  double melasma_darkness_grade = 0;    // MI difference per MASI darkness grade
  // Mechanics.
  double youngs_modulus_young = 0;          // Pa, dermis of a young adult at the reference age
  double collagen_fibril_modulus = 0;       // Pa
  double elastin_modulus = 0;               // Pa
  double ground_substance_modulus = 0;      // Pa
  double protein_density = 0;               // mg/cm^3 (mass to volume fraction)
  double fibre_orientation_factor = 0;      // Krenchel efficiency, 1
  double collagen_iii_load_share = 0;       // load borne by collagen III relative to collagen I, 1
  double immature_collagen_load_share = 0;  // by not yet crosslinked collagen I, 1
  double glycation_stiffening = 0;          // k_x: E factor exp(k_x x), x = glycation (1 at 80 y)
  double glycation_age = 0;                 // s: age at which glycation reaches x = 1
  double creep_ratio_young = 0;             // alpha0 = E1/E2 of a young adult
  double creep_ratio_loss = 0;              // alpha1: rise of alpha as the network degrades
  double flow_ratio_young = 0;              // beta0 = E1 T_on / eta_f of a young adult
  double flow_ratio_loss = 0;               // beta1
  double creep_time = 0;                    // s, tau of the delayed (Kelvin) element
  double suction_on = 0, suction_off = 0, readout_delay = 0;  // s, Cutometer mode 1
  // Downtime.
  double erythema_visible_delta = 0;  // Mexameter units above baseline (types I-III)
  double erythema_masking_ratio = 0;  // threshold factor per phototype step above III
  double edema_visible = 0;           // excess interstitial fluid, volume fraction
  double reference_age = 0;           // s (the healing model's)

  static OutcomeParameters from(const parameters::ParameterSet& p);
};

}  // namespace dermasim::outcomes
