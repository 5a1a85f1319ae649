#pragma once
// A small RGB raster for figures, with the drawing the figures need: filled rectangles, lines,
// discs, text in a 5x7 bitmap font, colour bars and scale bars. Encoded to PNG with libpng.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dermasim::io {

using Rgb = std::array<std::uint8_t, 3>;

inline constexpr Rgb kWhite{255, 255, 255};
inline constexpr Rgb kBlack{0, 0, 0};
inline constexpr Rgb kGrey{150, 150, 150};

/// Viridis (van der Walt & Smith 2015, matplotlib), perceptually uniform and colour-blind safe;
/// t in [0, 1], interpolated between its published 11-stop hex table.
Rgb viridis(double t);

class Image {
 public:
  Image(int width, int height, Rgb background = kWhite);

  int width() const { return width_; }
  int height() const { return height_; }
  void set(int x, int y, Rgb c);
  void fill_rect(int x0, int y0, int x1, int y1, Rgb c);  // inclusive-exclusive
  void line(int x0, int y0, int x1, int y1, Rgb c);
  void disc(double cx, double cy, double r, Rgb c);
  /// Text in the built-in 5x7 font (upper case; lower case is drawn as upper), scaled.
  void text(int x, int y, std::string_view s, Rgb c, int scale = 2);
  static int text_width(std::string_view s, int scale = 2) { return int(s.size()) * 6 * scale; }

  /// A vertical colour bar from vmin (bottom) to vmax (top) with a label and tick values.
  void colour_bar(int x, int y, int w, int h, double vmin, double vmax, std::string_view label);
  /// A horizontal scale bar of `pixels` length labelled with `label` ("1 MM").
  void scale_bar(int x, int y, int pixels, std::string_view label);

  /// PNG bytes (8-bit RGB).
  std::string encode_png() const;

 private:
  int width_, height_;
  std::vector<std::uint8_t> rgb_;
};

}  // namespace dermasim::io
