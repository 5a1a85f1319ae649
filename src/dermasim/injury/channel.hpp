#pragma once
// The channel a needle leaves: the part of the needle solid (conical tip, cylindrical shaft) below
// the skin surface, with the needle axis inclined by its entry angle.
#include <optional>

#include "dermasim/device/puncture.hpp"

namespace dermasim::injury {

struct Channel {
  // Tip position (m): x, y in the patch frame, z = depth below the surface.
  double tip_x = 0, tip_y = 0, tip_z = 0;
  // Unit vector along the axis from the tip back towards the device (z component < 0).
  double ax = 0, ay = 0, az = -1;
  double radius = 0;          // shaft radius (m)
  double tan_half_angle = 0;  // of the conical tip

  static Channel from(const device::Puncture& p);

  /// True when the point (x, y, z >= 0) lies inside the channel.
  bool contains(double x, double y, double z) const {
    if (z < 0) return false;
    const double wx = x - tip_x, wy = y - tip_y, wz = z - tip_z;
    const double along = wx * ax + wy * ay + wz * az;  // distance back from the tip
    if (along < 0) return false;
    const double r2 = wx * wx + wy * wy + wz * wz - along * along;
    const double cone = along * tan_half_angle;
    const double r = cone < radius ? cone : radius;
    return r2 <= r * r;
  }

  /// Axis length from the tip to where the axis crosses the surface (m).
  double axis_length() const { return -tip_z / az; }

  /// Axis-aligned bounding box of the channel below the surface (m).
  struct Box {
    double x0, x1, y0, y1, z0, z1;
  };
  Box bounds() const;
  /// Bounding box in x and y of the part of the channel between depths z0 and z1: every point of
  /// the solid is within `radius` of the axis, at an axis point at most radius*sin(tilt) deeper or
  /// shallower than itself.
  Box slice_bounds(double z0, double z1) const;
};

/// Analytic volume (m^3) of a channel below the surface, where the surface cuts only the shaft
/// (V = pi R^2 (l - h) + pi R^2 h / 3, l the axis length, h the tip length; an oblique plane cut of
/// a cylinder keeps pi R^2 times the axis length) or, for a vertical needle, only the cone
/// (V = pi (l tan a)^2 l / 3). Nothing for a tilted cut through the cone.
std::optional<double> analytic_channel_volume(const device::Puncture& p);

}  // namespace dermasim::injury
