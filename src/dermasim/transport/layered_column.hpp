#pragma once
// The layered column the serum crosses, whatever its lateral discretisation (the square unit
// cell of serum_run.cpp, the axisymmetric cell of axisymmetric_cell.cpp): the vehicle plane on
// top, the tissue planes graded from the surface (docs/model.md 8.1), and in a Franz cell the
// receptor below, each with its share of every layer and its resting coefficients.
#include <functional>
#include <vector>

#include "dermasim/transport/serum_run.hpp"

namespace dermasim::transport {

/// Capacity (as a film thickness) of a reservoir no transport can fill or deplete: the vehicle
/// of an infinite dose, and the Franz receptor, whose concentration stays at zero to within
/// what reaches it over this thickness (a perfect sink, and no stiff sink rate to integrate).
inline constexpr double kReservoir = 1e3;  // m

/// What one plane of the column is: its share of each layer, its resting coefficients.
struct Plane {
  double z0 = 0, z1 = 0;  // m below the skin surface (the vehicle plane is above: z < 0)
  double sc = 0, ve = 0, dermis = 0, papillary = 0, receptor = 0, vehicle = 0;  // shares
  double diffusivity = 0, partition = 1;
  // Physical thickness over the grid's uniform dz (the square cell stores the plane with K J,
  // D / J^2 and a lateral conductance factor J^2,
  // numerics::DiffusionSpec::lateral_factor_by_plane).
  double stretch = 1;
  double thickness() const { return z1 - z0; }
};

struct LayeredColumn {
  std::vector<Plane> planes;  // 0: vehicle, then tissue, then (Franz) the receptor
  double film = 0;            // m of serum
  double dz = 0;              // m, depth_resolution: the vehicle's and receptor's thickness
  int first_tissue = 1, receptor_plane = -1;
  int uniform_planes = 0;  // tissue planes of depth_resolution the outputs are binned into
  bool tissue(int k) const {
    return k >= first_tissue && (receptor_plane < 0 || k < receptor_plane);
  }
  /// The tissue planes' bounds (m below the skin surface), the receptor excluded.
  std::vector<double> tissue_bounds() const;
};

/// What one run of a column (with the channel or without) gives, at the output times.
struct ColumnOutputs {
  std::vector<AbsorptionRow> rows;
  std::vector<DepthProfile> profiles;             // at the serum's profile times
  std::vector<std::vector<double>> row_profiles;  // tissue planes' means at every row
  std::vector<double> row_bounds;                 // those planes' bounds
  double applied = 0;                             // kg/m^2
  long steps = 0, rejected = 0;
  SerumGrid grid;
};

/// The two lateral discretisations of the column (SerumSpec::cell): each runs the column with
/// the channel lattice `ch` (or intact, density 0) to every output time; `on_step` gets the
/// time reached (s after the application) and may throw to stop.
ColumnOutputs run_square_column(const SerumSpec& s, const TransportSkin& skin,
                                const Coefficients& c, const ChannelLattice& ch,
                                const std::vector<double>& times,
                                const std::function<void(double)>& on_step);
ColumnOutputs run_axisymmetric_column(const SerumSpec& s, const TransportSkin& skin,
                                      const Coefficients& c, const ChannelLattice& ch,
                                      const std::vector<double>& times,
                                      const std::function<void(double)>& on_step);

/// The bounds of the tissue planes: from `first` at the surface, each plane 1.25 times the one
/// above, up to dz; then planes of dz, the last one sized so that the slab ends at n dz, n the
/// uniform grid's plane count (the depth of the slab stays that of uniform planes).
std::vector<double> tissue_plane_bounds(double depth, double dz, double first);

/// The column of the serum `s` on `skin` with the active's coefficients `c`.
LayeredColumn make_layered_column(const SerumSpec& s, const TransportSkin& skin,
                                  const Coefficients& c);

/// The lumen's radius at depth `z` (m) with the channel open to `open` of its initial area: the
/// shaft's, narrowing along the tip to the bottom; 0 below the channel.
double lumen_radius(const ChannelLattice& ch, double open, double z);

/// One output row from the amounts per area of skin (kg/m^2) of the active in every plane, the
/// cleared total and what was lost in the film.
AbsorptionRow row_from_planes(const LayeredColumn& col, const SerumSpec& s, double t,
                              double applied, const std::vector<double>& plane_amounts,
                              double cleared, double degraded);

/// The first-order loss rate (1/s) of each plane's active into its own lost amount: the
/// papillary capillaries' clearance in vivo (Coefficients::clearance, by each plane's papillary
/// share), and in the vehicle plane the film's own loss, ln 2 / vehicle_half_life (docs/model.md
/// 8.4), in vivo and in a Franz cell alike.
std::vector<double> loss_rates(const LayeredColumn& col, const SerumSpec& s, const Coefficients& c);

/// A depth profile on the uniform output planes from the tissue planes' lateral means
/// (`means`, one per tissue plane, kg/m^3) and a section through the channel (`section(k, i)`
/// for tissue plane k, nx columns across).
template <class Section>
DepthProfile binned_profile(const LayeredColumn& col, double t, const std::vector<double>& means,
                            int nx, Section section) {
  DepthProfile p;
  p.time = t;
  p.nx = nx;
  const int bins = col.uniform_planes;
  const double dz = col.dz;
  p.nz = bins;
  p.concentration.assign(std::size_t(bins), 0.0);
  p.section.assign(std::size_t(bins) * std::size_t(nx), 0.0);
  for (int b = 0; b < bins; ++b) p.depth.push_back((b + 0.5) * dz);
  // Each graded plane's concentration goes into the uniform bins it overlaps, by overlap.
  int m = 0;
  for (int k = 0; k < int(col.planes.size()); ++k) {
    if (!col.tissue(k)) continue;
    const Plane& pl = col.planes[std::size_t(k)];
    const double mean = means[std::size_t(m++)];
    for (int b = std::max(0, int(pl.z0 / dz)); b < bins && b * dz < pl.z1; ++b) {
      const double w = (std::min(pl.z1, (b + 1) * dz) - std::max(pl.z0, b * dz)) / dz;
      if (w <= 0) continue;
      p.concentration[std::size_t(b)] += w * mean;
      for (int i = 0; i < nx; ++i)
        p.section[std::size_t(b) * std::size_t(nx) + std::size_t(i)] += w * section(k, i);
    }
  }
  return p;
}

}  // namespace dermasim::transport
