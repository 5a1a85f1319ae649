#include "dermasim/io/outcome_images.hpp"

#include "dermasim/io/figures.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>

namespace dermasim::io {

Image surface_map(const outcomes::HeightMap& h, const std::string& title, double lowest,
                  double highest) {
  const int plot = 600;
  const double width = h.nx * h.dx, height = h.ny * h.dy;
  const double px_per_m = plot / std::max(width, height);
  const int w = int(std::lround(width * px_per_m)), hh = int(std::lround(height * px_per_m));
  const int left = 40, top = 60;
  Image img(left + w + 200, top + hh + 90);
  img.text(left, 16, title, kBlack);
  const double span = std::max(highest - lowest, 1e-12);
  for (int py = 0; py < hh; ++py)
    for (int px = 0; px < w; ++px) {
      // y grows upwards in the patch frame, downwards in the image.
      const int i = std::min(h.nx - 1, int(px / px_per_m / h.dx));
      const int j = std::min(h.ny - 1, int((hh - 1 - py) / px_per_m / h.dy));
      const double v = h.height[std::size_t(j) * h.nx + i];
      img.set(left + px, top + py, viridis((v - lowest) / span));
    }
  img.colour_bar(left + w + 30, top + 30, 20, hh - 60, lowest * 1e6, highest * 1e6, "HEIGHT (UM)");
  draw_scale_bar(img, left, top + hh + 30, width, px_per_m);
  return img;
}

Image collagen_cross_section(const simulation::MatrixSection& s,
                             const simulation::HealingDomain& d) {
  // Two panels on the same x-z section: the collagen present (I + III and the scar collagen of
  // fibrotic bases, mg/cm^3) and the change of collagen I + III from untreated tissue (%).
  const grid::Grid3D& g = d.grid;
  const int scale = std::max(1, 800 / std::max(s.nx, s.nz));
  const int left = 40, top = 70, gap = 90;
  const int w = s.nx * scale, h = s.nz * scale;
  Image img(left + w + 230, top + 2 * h + gap + 90);
  img.text(left, 16,
           fmt::format("COLLAGEN AT Y = {:.0f} UM, DAY {:.0f}", g.y_center(s.j) * 1e6,
                       double(s.time) / 86400.0),
           kBlack);
  double vmax = 0, cmin = 0, cmax = 0;
  std::vector<double> change(s.collagen.size(), 0.0);
  for (int k = 0; k < s.nz; ++k)
    for (int i = 0; i < s.nx; ++i) {
      const std::size_t v = std::size_t(k) * s.nx + i;
      vmax = std::max(vmax, s.collagen[v] + s.scar_collagen[v]);
      const double rest = s.rest_collagen[std::size_t(k)];
      if (rest > 0) change[v] = 100.0 * (s.collagen[v] / rest - 1.0);
      cmin = std::min(cmin, change[v]);
      cmax = std::max(cmax, change[v]);
    }
  vmax = std::max(vmax, 1e-9);
  if (cmax - cmin < 1e-9) cmax = cmin + 1;
  const double px_per_m = scale / g.dz;
  auto panel = [&](int y0, auto&& colour, double lo, double hi, const char* label,
                   const char* caption) {
    for (int k = 0; k < s.nz; ++k)
      for (int i = 0; i < s.nx; ++i)
        img.fill_rect(left + i * scale, y0 + k * scale, left + (i + 1) * scale,
                      y0 + (k + 1) * scale, colour(std::size_t(k) * s.nx + i));
    draw_layer_boundaries(img, d.skin, left, y0, w, px_per_m, g.depth());
    img.colour_bar(left + w + 30, y0 + 30, 20, std::max(40, h - 40), lo, hi, label);
    img.text(left, y0 - 14, caption, kBlack, 1);
  };
  panel(
      top, [&](std::size_t v) { return viridis((s.collagen[v] + s.scar_collagen[v]) / vmax); }, 0.0,
      vmax, "MG/CM3", "COLLAGEN I + III AND SCAR COLLAGEN; WHITE LINES: LAYER BOUNDARIES");
  panel(
      top + h + gap, [&](std::size_t v) { return viridis((change[v] - cmin) / (cmax - cmin)); },
      cmin, cmax, "CHANGE (%)", "CHANGE OF COLLAGEN I + III FROM UNTREATED TISSUE");
  draw_scale_bar(img, left, top + 2 * h + gap + 30, g.width_x(), scale / g.dx);
  return img;
}

}  // namespace dermasim::io
