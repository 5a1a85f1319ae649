#pragma once
// The actives a serum can carry: the properties that set how they cross the skin (molecular
// weight, lipophilicity, charge, size), with their sources (docs/parameters.md, "Serum actives").
// An active not in the library is given by the same properties in the scenario.
#include <string>
#include <string_view>
#include <vector>

namespace dermasim::transport {

struct Active {
  std::string name;
  double molecular_weight = 0;  // g/mol
  double log_p = 0;             // octanol/water partition of the neutral form, log10
  /// Share of the molecules that are neutral at the vehicle's pH (entering the stratum
  /// corneum's lipids) and at the tissue's pH 7.4 (binding in the viable tissue).
  double neutral_fraction_vehicle = 1;
  double neutral_fraction_tissue = 1;
  /// Hydrodynamic radius, m; 0: from the molecular volume (small molecules).
  double hydrodynamic_radius = 0;
  double aqueous_diffusivity = 0;  // m^2/s at 32 C; 0: Stokes-Einstein from the radius
  double concentration = 0;        // default in a serum, kg/m^3 (= mg/mL)
  std::string source;              // where the properties come from
  /// Acid and base dissociation constants of an ionisable active (0: none), and the pH of its
  /// built-in vehicle: where given, the neutral fractions follow Henderson-Hasselbalch at the
  /// vehicle's pH (which a scenario may set, [serum] vehicle_ph) and at the tissue's 7.4.
  double pka_acid = 0, pka_base = 0, vehicle_ph = 0;
  bool ph_dependent() const { return pka_acid > 0 || pka_base > 0; }
  /// Macromolecules (polysaccharides, proteins): no route through the intact stratum corneum.
  bool macromolecule() const { return molecular_weight > 5000; }
};

/// Share of the molecules in the neutral form at a pH (Henderson-Hasselbalch): 1 / (1 +
/// 10^(pH - pKa_acid) + 10^(pKa_base - pH)), each term where its pKa is given.
double neutral_fraction(const Active& a, double ph);
/// The active in a vehicle of another pH: its vehicle neutral fraction recomputed.
Active in_vehicle_of_ph(Active a, double ph);

/// The built-in library: L-ascorbic acid, niacinamide, tranexamic acid, a signal peptide
/// (palmitoyl pentapeptide-4), hyaluronic acid of low and high molecular weight, and a growth
/// factor of about 20 kDa.
const std::vector<Active>& active_library();
/// The library entry of that name, or nullptr.
const Active* find_active(std::string_view name);

}  // namespace dermasim::transport
