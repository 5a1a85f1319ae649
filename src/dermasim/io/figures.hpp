#pragma once
// Pieces the figures share: a scale bar of a round length and the skin's layer boundaries drawn
// across a depth section.
#include <string>

#include "dermasim/io/image.hpp"
#include "dermasim/skin/layers.hpp"

namespace dermasim::io {

/// A round length for the scale bar of a figure `width` metres wide: 1, 0.5 or 0.1 mm.
double scale_bar_length(double width);

/// Draws a scale bar of scale_bar_length(width) at (x, y), for `px_per_m` pixels per metre.
void draw_scale_bar(Image& img, int x, int y, double width, double px_per_m);

/// White lines at the tops of the viable epidermis, dermis layers and hypodermis, across a depth
/// section whose surface is at pixel row `top`, `width_px` wide from `left`, `px_per_m` pixels
/// per metre of depth, `depth` metres deep.
void draw_layer_boundaries(Image& img, const skin::LayerStack& skin, int left, int top,
                           int width_px, double px_per_m, double depth);

}  // namespace dermasim::io
