#include "dermasim/io/figures.hpp"

#include <fmt/format.h>
#include <cmath>

namespace dermasim::io {

double scale_bar_length(double width) {
  return width >= 4e-3 ? 1e-3 : width >= 1e-3 ? 0.5e-3 : 0.1e-3;
}

void draw_scale_bar(Image& img, int x, int y, double width, double px_per_m) {
  const double bar = scale_bar_length(width);
  img.scale_bar(x, y, static_cast<int>(std::lround(bar * px_per_m)),
                fmt::format("{:g} MM", bar * 1e3));
}

void draw_layer_boundaries(Image& img, const skin::LayerStack& skin, int left, int top,
                           int width_px, double px_per_m, double depth) {
  for (skin::Layer layer : {skin::Layer::viable_epidermis, skin::Layer::papillary_dermis,
                            skin::Layer::reticular_dermis, skin::Layer::hypodermis}) {
    const double z = skin.top(layer);
    if (z >= depth) continue;
    const int y = top + static_cast<int>(std::lround(z * px_per_m));
    img.line(left, y, left + width_px - 1, y, kWhite);
  }
}

}  // namespace dermasim::io
