#include "dermasim/injury/channel.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace dermasim::injury {

Channel Channel::from(const device::Puncture& p) {
  Channel c;
  const double s = std::sin(p.angle), co = std::cos(p.angle);
  // Axis direction into the skin: leaning towards the azimuth by the entry angle.
  const double dx = s * std::cos(p.azimuth), dy = s * std::sin(p.azimuth), dz = co;
  const double length = p.depth / co;
  c.tip_x = p.x + length * dx;
  c.tip_y = p.y + length * dy;
  c.tip_z = p.depth;
  c.ax = -dx;
  c.ay = -dy;
  c.az = -dz;
  c.radius = p.radius;
  c.tan_half_angle = std::tan(p.tip_half_angle);
  return c;
}

Channel::Box Channel::bounds() const {
  // The solid lies within `radius` of the axis segment from the tip to its surface crossing,
  // extended by radius*tan(angle) along the axis beyond the crossing (the oblique cut).
  const double l = axis_length();
  const double sin_a = std::sqrt(std::max(0.0, 1.0 - az * az));
  const double extra = sin_a > 0 ? radius * sin_a / std::max(1e-12, -az) : 0.0;
  const double top_x = tip_x + (l + extra) * ax, top_y = tip_y + (l + extra) * ay;
  Box b;
  b.x0 = std::min(tip_x, top_x) - radius;
  b.x1 = std::max(tip_x, top_x) + radius;
  b.y0 = std::min(tip_y, top_y) - radius;
  b.y1 = std::max(tip_y, top_y) + radius;
  b.z0 = 0.0;
  b.z1 = tip_z + radius * sin_a;  // a steeply tilted cone rim can dip below the tip
  return b;
}

Channel::Box Channel::slice_bounds(double z0, double z1) const {
  const double sin_a = std::sqrt(std::max(0.0, 1.0 - az * az));
  const double lo = z0 - radius * sin_a, hi = std::min(z1 + radius * sin_a, tip_z);
  // Horizontal position of the axis at depth z: back from the tip by (tip_z - z) / cos(tilt).
  auto at = [this](double z, double& x, double& y) {
    const double t = (tip_z - z) / (-az);
    x = tip_x + t * ax;
    y = tip_y + t * ay;
  };
  double xa, ya, xb, yb;
  at(lo, xa, ya);
  at(std::max(lo, hi), xb, yb);
  return {std::min(xa, xb) - radius,
          std::max(xa, xb) + radius,
          std::min(ya, yb) - radius,
          std::max(ya, yb) + radius,
          z0,
          z1};
}

std::optional<double> analytic_channel_volume(const device::Puncture& p) {
  if (p.depth <= 0) return 0.0;
  const double R = p.radius;
  const double t = std::tan(p.tip_half_angle);
  const double h = R / t;                               // tip length
  const double l = p.depth / std::cos(p.angle);         // axis length below the surface
  const double lowest_cut = l - R * std::tan(p.angle);  // axis distance of the cut's lowest point
  if (lowest_cut >= h) return std::numbers::pi * R * R * ((l - h) + h / 3.0);
  if (p.angle == 0.0 && l <= h) {
    const double r = l * t;
    return std::numbers::pi * r * r * l / 3.0;
  }
  return std::nullopt;
}

}  // namespace dermasim::injury
