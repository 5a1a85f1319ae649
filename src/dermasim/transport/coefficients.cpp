#include "dermasim/transport/coefficients.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace dermasim::transport {

namespace {
constexpr double kBoltzmann = 1.380649e-23;   // J/K
constexpr double kSkinSurface = 305.15;       // K, 32 C
constexpr double kWaterViscosity = 0.765e-3;  // Pa s at 32 C
constexpr double kNoRoute = 1e-30;  // m^2/s: the diffusivity of a route that does not exist
}  // namespace

double solute_radius(const Active& a) {
  return a.hydrodynamic_radius > 0 ? a.hydrodynamic_radius
                                   : 0.601e-10 * std::cbrt(a.molecular_weight);
}

double stokes_einstein(double radius) {
  return kBoltzmann * kSkinSurface / (6 * std::numbers::pi * kWaterViscosity * radius);
}

double renkin_restriction(double r, double r_pore) {
  const double l = r / r_pore;
  if (l >= 1) return 0.0;
  return (1 - l) * (1 - l) * (1 - 2.104 * l + 2.09 * l * l * l - 0.95 * std::pow(l, 5));
}

double lipid_permeability(const Active& a) {
  return std::pow(10.0, -6.3 + 0.71 * a.log_p - 0.0061 * a.molecular_weight) * 1e-2;  // m/s
}

double pore_permeability(double radius, double aqueous_diffusivity, double sc_thickness,
                         const TransportParameters& p) {
  return p.sc_pore_porosity_tortuosity * aqueous_diffusivity *
         renkin_restriction(radius, p.sc_pore_radius) / sc_thickness;
}

Coefficients coefficients(const Active& a, double sc_thickness, const TransportParameters& p,
                          SkinSpecies skin) {
  Coefficients c;
  c.permeability_sc_factor = skin == SkinSpecies::rat ? p.rat_skin_permeability_factor : 1.0;
  c.radius = solute_radius(a);
  const double d_aq = a.aqueous_diffusivity > 0 ? a.aqueous_diffusivity : stokes_einstein(c.radius);
  c.vehicle = {d_aq, 1.0};
  c.channel = {d_aq, 1.0};  // the channel is an aqueous pathway
  const double k_ow = std::pow(10.0, a.log_p);
  // Stratum corneum.
  if (a.macromolecule()) {
    c.permeability_sc = 0;
    c.stratum_corneum = {kNoRoute, 1.0};
  } else {
    // Only the neutral share partitions into the lipids (ions at ion_permeability_ratio of
    // it); the aqueous pores take neutral and ionised molecules alike. Rat skin: both routes
    // faster by the species' factor (its partition unchanged, so its diffusivity and lag move).
    const double fn = a.neutral_fraction_vehicle;
    c.permeability_sc_lipid = c.permeability_sc_factor * lipid_permeability(a) *
                              (fn + (1 - fn) * p.ion_permeability_ratio);
    c.permeability_sc_pore =
        c.permeability_sc_factor * pore_permeability(c.radius, d_aq, sc_thickness, p);
    c.permeability_sc = c.permeability_sc_lipid + c.permeability_sc_pore;
    const double k = std::max(fn, 1e-12) * k_ow;
    const double k_sc =
        0.1867 * 1.37 * 4.2 * std::pow(k, 0.31) + 0.0316 * 0.90 * std::pow(k, 0.69) + 0.7817;
    c.stratum_corneum = {std::max(kNoRoute, c.permeability_sc * sc_thickness / k_sc), k_sc};
  }
  // Viable epidermis and dermis.
  if (a.molecular_weight <= 1000) {
    const double binding = 0.68 + 0.32 + 0.025 * a.neutral_fraction_tissue * std::pow(k_ow, 0.7);
    const double d = std::pow(10.0, -8.15) * std::pow(a.molecular_weight, -0.655) / binding;
    c.viable_epidermis = c.dermis = {d, 0.7 * binding};
  } else {
    const double d = d_aq * p.dermis_hindrance * std::exp(-c.radius / p.dermis_hindrance_radius);
    c.viable_epidermis = c.dermis = {d, p.macromolecule_partition};
  }
  c.clearance = p.capillary_clearance * renkin_restriction(c.radius, p.capillary_pore_radius) +
                p.lymphatic_clearance;
  return c;
}

}  // namespace dermasim::transport
