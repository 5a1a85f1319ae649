#pragma once
// The channel's unit cell as a cylinder (docs/model.md 8.9): the square cell of the lattice,
// 1/sqrt(n) across, replaced by the circle of the same area around the channel (radius
// 1/sqrt(pi n), no flux through its rim), discretised in rings and the column's planes and
// integrated by CVODE (BDF, banded Newton). The well-mixed fidelity's transport: a course of
// applications in seconds instead of minutes; the square 3D cell is the reference it is
// verified against.
#include <functional>
#include <vector>

#include "dermasim/transport/layered_column.hpp"

namespace dermasim::transport {

/// Rings across the lumen's radius at its widest: four hold the layers' amounts within 0.5 % of
/// eight (AxisymmetricCell.TheRingsAreConverged) and within 0.06 % of sixteen at 24 h (measured
/// once, docs/model.md 8.9).
inline constexpr int kRingsPerLumenRadius = 4;
/// Growth of the rings' width from 1.25 lumen radii out to the cell's rim.
inline constexpr double kRingGrowth = 1.2;

/// The rings' bounds (m from the channel's axis, from 0 to the cell's radius 1/sqrt(pi n)):
/// uniform over 1.25 lumen radii, `per_radius` rings a radius, then growing by kRingGrowth; the
/// last ring takes what is left to the rim (under 1.5 times the one before it).
/// Intact skin (density 0): one ring.
std::vector<double> ring_bounds(double density, double radius, int per_radius);

/// Area (m^2) of the disc of radius r centred on the axis inside the annulus [a, b].
double disc_in_annulus(double r, double a, double b);

/// run_axisymmetric_column with `per_radius` rings across the lumen's radius.
ColumnOutputs run_axisymmetric_column(const SerumSpec& s, const TransportSkin& skin,
                                      const Coefficients& c, const ChannelLattice& ch,
                                      const std::vector<double>& times,
                                      const std::function<void(double)>& on_step, int per_radius);

}  // namespace dermasim::transport
