#pragma once
// One needle: a cylindrical shaft ending in a conical tip.
#include <cmath>
#include <optional>

namespace dermasim::device {

struct Needle {
  double length = 0;     // nominal length protruding from the device (m)
  double diameter = 0;   // shaft outer diameter (m)
  double tip_angle = 0;  // full apex angle of the conical tip (rad)

  double radius() const { return 0.5 * diameter; }
  /// Axial length of the conical tip: the radius divided by tan(half apex angle).
  double tip_length() const { return radius() / std::tan(0.5 * tip_angle); }
};

/// Outer diameter (m) of a hypodermic needle gauge, ISO 9626:2016 Table 1 nominal values.
/// Returns nothing for gauges outside 25-34.
std::optional<double> gauge_outer_diameter(int gauge);

}  // namespace dermasim::device
