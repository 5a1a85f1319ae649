#include <cmath>
#include <numbers>

#include "dermasim/device/kinematics.hpp"

namespace dermasim::device {

std::vector<Offset> pen_cartridge_layout(const PenSpec& pen) {
  std::vector<Offset> out;
  const int n = pen.needles;
  const double radius = 0.5 * pen.cartridge_diameter;
  if (pen.layout == PenLayout::grid) {
    // The squarest grid that holds n needles, filled row by row, centred on the axis.
    const int cols = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(n))));
    const int rows = (n + cols - 1) / cols;
    const double pitch = pen.cartridge_diameter / std::max(1, std::max(rows, cols) - 1) /
                         std::numbers::sqrt2;  // the grid's corners touch the cartridge circle
    for (int i = 0; i < n; ++i) {
      const int r = i / cols, c = i % cols;
      out.push_back({(c - 0.5 * (cols - 1)) * pitch, (r - 0.5 * (rows - 1)) * pitch});
    }
    return out;
  }
  // Concentric rings, as many needles on a ring as its circumference allows (n_k proportional to
  // k), the outermost ring on the cartridge edge; a single needle sits on the axis.
  if (n == 1) return {{0.0, 0.0}};
  const int rings = std::max(1, static_cast<int>(std::lround(std::sqrt(n / 3.0))));
  const int weight_sum = rings * (rings + 1) / 2;
  int placed = 0;
  for (int k = 1; k <= rings; ++k) {
    const int on_ring =
        (k == rings) ? n - placed : static_cast<int>(std::lround(double(n) * k / weight_sum));
    const double rk = radius * k / rings;
    for (int i = 0; i < on_ring; ++i) {
      const double phi = 2.0 * std::numbers::pi * (i + 0.5 * (k % 2)) / on_ring;
      out.push_back({rk * std::cos(phi), rk * std::sin(phi)});
    }
    placed += on_ring;
  }
  return out;
}

}  // namespace dermasim::device
