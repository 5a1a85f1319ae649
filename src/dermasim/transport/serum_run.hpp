#pragma once
// Serum transport through the skin and its needle channels (docs/model.md section 8).
//
// The channels of a session form a lattice of density n; transport is computed on its unit
// cell, a periodic column 1/sqrt(n) wide around one channel of the session's median depth, from
// the serum film on top (a vehicle layer whose capacity is the dose) through the stratum
// corneum, viable epidermis and dermis. The channel is an aqueous pathway (the active's aqueous
// diffusivity, partition 1) whose open area follows the healing model's re-closure of the
// epidermis. In vivo the papillary capillaries clear the active (first order) and the bottom is
// closed; in a Franz cell a receptor sink takes what reaches the bottom of the slab and nothing
// heals. The same skin without channels (one column) gives the intact reference. Each solute
// leaving the active is kept as its own immobile species (cleared, received), so that the mass
// balance is exact to round-off.
#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "dermasim/skin/layers.hpp"
#include "dermasim/transport/coefficients.hpp"
#include "dermasim/transport/serum_spec.hpp"

namespace dermasim::transport {

/// The channels the serum meets: a density, a depth and a surface radius, and how their open
/// area (relative to just after the needles) changes with the time since the needles.
struct ChannelLattice {
  double density = 0;                           // per m^2; 0: intact skin
  double depth = 0;                             // m
  double radius = 0;                            // m at the surface, just after withdrawal
  double taper_length = 0;                      // m over which the radius narrows to the tip
  std::function<double(double)> open_fraction;  // of the time since the needles (s); null: 1
};

/// The radius of a channel's lumen at the skin surface (docs/model.md 8.3): `recoil` times the
/// needle's radius where it crossed the surface, which for a channel shallower than the needle's
/// tip is the tip's radius at that depth.
inline double channel_mouth_radius(double needle_radius, double tip_length, double depth,
                                   double recoil) {
  return recoil * needle_radius * (tip_length > 0 ? std::min(1.0, depth / tip_length) : 1.0);
}

/// One output time (amounts per area of skin, kg/m^2).
struct AbsorptionRow {
  double time = 0;  // s after the application
  double donor = 0, stratum_corneum = 0, viable_epidermis = 0, dermis = 0;
  double cleared = 0, received = 0;
  double degraded = 0;   // lost in the film (SerumSpec::vehicle_half_life)
  double permeated = 0;  // in vivo: cleared by the capillaries; Franz: in the receptor
  double delivered = 0;  // everything past the stratum corneum
  double flux = 0;       // d permeated / dt, kg/m^2/s (backward difference)
  double open_fraction = 0;
  double mass_balance_error = 0;  // |applied - all compartments| / applied
};

/// A laterally averaged depth profile (concentration in the tissue, kg/m^3) and an x-z section
/// through the channel.
struct DepthProfile {
  double time = 0;
  std::vector<double> depth, concentration;  // plane centres (m below the skin surface)
  int nx = 0, nz = 0;
  std::vector<double> section;  // concentration, index i + nx k (k from the skin surface)
};

/// The channel run's grid: the unit cell's voxels across and the tissue planes' bounds in depth
/// (graded from the surface, docs/model.md 8.1).
struct SerumGrid {
  int lateral_voxels = 0;            // the square cell's (0 for the axisymmetric one)
  int rings = 0;                     // the axisymmetric cell's (0 for the square one)
  std::vector<double> plane_bounds;  // m below the skin surface, from 0 to the slab's depth
};

struct AbsorptionResult {
  std::vector<AbsorptionRow> rows;         // with the channels
  std::vector<AbsorptionRow> intact_rows;  // the same skin without them
  std::vector<DepthProfile> profiles, intact_profiles;
  /// The laterally averaged tissue concentration (kg/m^3) on the solver's own (graded) tissue
  /// planes, bounded by `row_plane_bounds` (m below the skin surface; one more than planes), at
  /// every row's time, with the channels and without: what the pharmacodynamics read
  /// (actives/exposure.hpp). The graded planes keep the stratum corneum apart from the viable
  /// epidermis, which the uniform output planes of depth_resolution would mix.
  std::vector<double> row_plane_bounds;
  std::vector<std::vector<double>> row_profiles, intact_row_profiles;
  double applied = 0;          // kg/m^2
  bool infinite_dose = false;  // then applied and the donor are a notional reservoir's
  Coefficients coefficients;
  ChannelLattice channels;
  double cell_width = 0;  // m
  SerumGrid grid;
  double elapsed_s = 0;
  long steps = 0;     // accepted time steps, both runs
  long rejected = 0;  // and rejected ones (error or negative values)
};

/// The layers the serum crosses: the person's, or one membrane (Franz verification).
struct TransportSkin {
  skin::LayerStack layers;
  double depth = 0;  // m of tissue simulated below the surface
};

/// `progress`, when given, is called after every accepted time step with the fraction of the
/// stage done (0 to 1); it may throw to abandon the stage (the result is then not made).
AbsorptionResult run_absorption(const SerumSpec& serum, const TransportSkin& skin,
                                const ChannelLattice& channels, const Coefficients& c,
                                const std::function<void(double)>& progress = {});

/// Area (m^2) of the disc of radius r centred at the origin inside the rectangle [x0, x1] x
/// [y0, y1], exactly: the lumen's share of a voxel of the unit cell (docs/model.md 8.1).
double disc_in_rectangle(double r, double x0, double x1, double y0, double y1);

/// Output times after the application: dense early (minutes), sparse later (hours).
std::vector<double> absorption_schedule(double duration, const std::vector<double>& extra);

}  // namespace dermasim::transport
