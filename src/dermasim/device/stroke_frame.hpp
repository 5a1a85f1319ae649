#pragma once
// The frame of a stroke: s along the direction of motion, u across it. Shared by the roller and
// the pen, which both sweep the patch in parallel lanes.
#include <algorithm>
#include <cmath>

#include "dermasim/device/kinematics.hpp"

namespace dermasim::device {

struct StrokeFrame {
  double ex, ey;        // unit vector along the stroke
  double nx, ny;        // unit vector across the stroke (e rotated by +90 degrees)
  double s_min, s_max;  // extent of the patch along e
  double u_min, u_max;  // extent of the patch along n

  StrokeFrame(const Patch& patch, double direction)
      : ex(std::cos(direction)), ey(std::sin(direction)), nx(-ey), ny(ex) {
    const double cx[4] = {0, patch.width_x, 0, patch.width_x};
    const double cy[4] = {0, 0, patch.width_y, patch.width_y};
    s_min = u_min = INFINITY;
    s_max = u_max = -INFINITY;
    for (int i = 0; i < 4; ++i) {
      const double s = cx[i] * ex + cy[i] * ey;
      const double u = cx[i] * nx + cy[i] * ny;
      s_min = std::min(s_min, s);
      s_max = std::max(s_max, s);
      u_min = std::min(u_min, u);
      u_max = std::max(u_max, u);
    }
  }

  double x(double s, double u) const { return s * ex + u * nx; }
  double y(double s, double u) const { return s * ey + u * ny; }
};

inline bool inside(const Patch& p, double x, double y) {
  return x >= 0 && x < p.width_x && y >= 0 && y < p.width_y;
}

}  // namespace dermasim::device
