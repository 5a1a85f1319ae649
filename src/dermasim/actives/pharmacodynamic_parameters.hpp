#pragma once
// The potencies of the serum actives on the tissue (docs/model.md 9; docs/parameters.md lists
// each with its unit, range and source). Concentrations are free (aqueous) concentrations at the
// target, in kg/m^3 inside (ug/mL in the table).
#include <vector>

#include "dermasim/parameters/parameter_set.hpp"

namespace dermasim::actives {

std::vector<parameters::ParameterInfo> pharmacodynamic_parameter_infos();

struct PharmacodynamicParameters {
  // Tranexamic acid: the plasmin-driven (paracrine) stimulation of the melanocytes.
  double txa_inhibition_max = 0, txa_ec50 = 0;
  // Niacinamide: the transfer of melanosomes to the keratinocytes.
  double niacinamide_inhibition_max = 0, niacinamide_ec50 = 0;
  // L-ascorbic acid: the cofactor of prolyl 4-hydroxylase (collagen), and tyrosinase.
  double ascorbate_dermal_resting = 0, prolyl_hydroxylase_ascorbate_km = 0;
  double ascorbate_melanogenesis_inhibition_max = 0, ascorbate_melanogenesis_ec50 = 0;
  // Palmitoyl pentapeptide-4: matrix synthesis by fibroblasts.
  double peptide_stimulation_max = 0, peptide_ec50 = 0;
  // Platelet-rich plasma: the TGF-beta1 it carries with its PDGF, and how much of it is active.
  double prp_tgf_beta_per_pdgf = 0, prp_tgf_beta_active_share = 0;

  static PharmacodynamicParameters from(const parameters::ParameterSet& p);
};

}  // namespace dermasim::actives
