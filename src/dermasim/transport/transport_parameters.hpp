#pragma once
// The parameters of serum transport (docs/model.md section 8; docs/parameters.md lists each with
// its unit, range and source).
#include <vector>

#include "dermasim/parameters/parameter_set.hpp"

namespace dermasim::transport {

std::vector<parameters::ParameterInfo> transport_parameter_infos();

struct TransportParameters {
  double capillary_clearance = 0;           // 1/s, small solutes, papillary dermis
  double lymphatic_clearance = 0;           // 1/s, any solute
  double capillary_pore_radius = 0;         // m (Renkin restriction)
  double ion_permeability_ratio = 0;        // lipid-route permeability of an ion / its neutral form
  double sc_pore_radius = 0;                // m, aqueous pores of the stratum corneum (Renkin)
  double sc_pore_porosity_tortuosity = 0;   // epsilon / tau of those pores, 1
  double rat_skin_permeability_factor = 1;  // intact rat / human stratum corneum kp (both routes)
  double dermis_hindrance = 0;              // D_dermis / D_aq for solutes above 1 kDa, at r -> 0
  double dermis_hindrance_radius = 0;       // m: the hindrance falls as exp(-r / this)
  double macromolecule_partition = 0;       // viable tissue / water for solutes above 1 kDa
  double channel_recoil = 0;                // channel radius after withdrawal / needle radius
  double occlusion_closure_slowdown = 1;    // closure under occlusion is this many times slower
  double vehicle_density = 0;               // kg/m^3 (dose per area to film thickness)

  static TransportParameters from(const parameters::ParameterSet& p);
};

}  // namespace dermasim::transport
