#include "dermasim/io/image.hpp"

#include <fmt/format.h>
#include <png.h>
#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "dermasim/io/bitmap_font.hpp"

namespace dermasim::io {

Rgb viridis(double t) {
  // The 11 evenly spaced stops of matplotlib's viridis (#440154 ... #fde725).
  static constexpr std::uint8_t stops[11][3] = {
      {0x44, 0x01, 0x54}, {0x48, 0x24, 0x75}, {0x41, 0x44, 0x87}, {0x35, 0x5f, 0x8d},
      {0x2a, 0x78, 0x8e}, {0x21, 0x91, 0x8c}, {0x22, 0xa8, 0x84}, {0x44, 0xbf, 0x70},
      {0x7a, 0xd1, 0x51}, {0xbd, 0xdf, 0x26}, {0xfd, 0xe7, 0x25}};
  if (!(t >= 0)) t = 0;  // also maps NaN to the bottom colour
  t = std::min(t, 1.0) * 10.0;
  const int i = std::min(9, static_cast<int>(t));
  const double f = t - i;
  Rgb out;
  for (int c = 0; c < 3; ++c)
    out[c] = static_cast<std::uint8_t>(std::lround(stops[i][c] * (1 - f) + stops[i + 1][c] * f));
  return out;
}

Image::Image(int width, int height, Rgb background)
    : width_(width), height_(height), rgb_(size_t(width) * height * 3) {
  for (size_t p = 0; p < size_t(width) * height; ++p)
    std::copy(background.begin(), background.end(), rgb_.begin() + long(p * 3));
}

void Image::set(int x, int y, Rgb c) {
  if (x < 0 || y < 0 || x >= width_ || y >= height_) return;
  std::copy(c.begin(), c.end(), rgb_.begin() + long((size_t(y) * width_ + x) * 3));
}

void Image::fill_rect(int x0, int y0, int x1, int y1, Rgb c) {
  for (int y = std::max(0, y0); y < std::min(height_, y1); ++y)
    for (int x = std::max(0, x0); x < std::min(width_, x1); ++x) set(x, y, c);
}

void Image::line(int x0, int y0, int x1, int y1, Rgb c) {
  const int n = std::max(std::abs(x1 - x0), std::abs(y1 - y0));
  for (int s = 0; s <= n; ++s) {
    const double f = n ? double(s) / n : 0.0;
    set(static_cast<int>(std::lround(x0 + f * (x1 - x0))),
        static_cast<int>(std::lround(y0 + f * (y1 - y0))), c);
  }
}

void Image::disc(double cx, double cy, double r, Rgb c) {
  for (int y = static_cast<int>(std::floor(cy - r)); y <= static_cast<int>(std::ceil(cy + r)); ++y)
    for (int x = static_cast<int>(std::floor(cx - r)); x <= static_cast<int>(std::ceil(cx + r));
         ++x)
      if ((x + 0.5 - cx) * (x + 0.5 - cx) + (y + 0.5 - cy) * (y + 0.5 - cy) <= r * r) set(x, y, c);
}

void Image::text(int x, int y, std::string_view s, Rgb c, int scale) {
  for (char ch : s) {
    const auto& g = glyph(ch);
    for (int row = 0; row < 7; ++row)
      for (int col = 0; col < 5; ++col)
        if (g[row] & (1 << (4 - col)))
          fill_rect(x + col * scale, y + row * scale, x + (col + 1) * scale, y + (row + 1) * scale,
                    c);
    x += 6 * scale;
  }
}

void Image::colour_bar(int x, int y, int w, int h, double vmin, double vmax,
                       std::string_view label) {
  for (int r = 0; r < h; ++r) {
    const Rgb c = viridis(1.0 - double(r) / std::max(1, h - 1));
    fill_rect(x, y + r, x + w, y + r + 1, c);
  }
  line(x - 1, y - 1, x + w, y - 1, kBlack);
  line(x - 1, y + h, x + w, y + h, kBlack);
  line(x - 1, y - 1, x - 1, y + h, kBlack);
  line(x + w, y - 1, x + w, y + h, kBlack);
  // As many decimals as the ticks need to be written exactly (1.5, not 2), up to two digits
  // past the step's first significant one, so that five ticks read as five different values
  // however narrow the range (a change of a few hundredths of a percent, say).
  const double step = (vmax - vmin) / 4.0;
  int decimals = 2;
  if (step > 0) {
    const int most = std::clamp(static_cast<int>(std::ceil(-std::log10(step))) + 2, 0, 8);
    auto exact = [](double value, int d) {
      const double scaled = value * std::pow(10.0, d);
      return std::abs(scaled - std::round(scaled)) <= 1e-6 * std::max(1.0, std::abs(scaled));
    };
    decimals = 0;
    while (decimals < most && !(exact(step, decimals) && exact(vmin, decimals))) ++decimals;
  }
  for (int t = 0; t <= 4; ++t) {
    double v = vmin + step * t;
    if (std::abs(v) < 1e-9 * std::max(std::abs(vmin), std::abs(vmax))) v = 0;  // not "-0.00"
    const int ty = y + h - 1 - static_cast<int>(std::lround((h - 1) * t / 4.0));
    line(x + w, ty, x + w + 4, ty, kBlack);
    text(x + w + 8, ty - 7, fmt::format("{:.{}f}", v, decimals), kBlack);
  }
  text(x, y - 26, label, kBlack);
}

void Image::scale_bar(int x, int y, int pixels, std::string_view label) {
  fill_rect(x, y, x + pixels, y + 4, kBlack);
  fill_rect(x, y - 6, x + 2, y + 10, kBlack);
  fill_rect(x + pixels - 2, y - 6, x + pixels, y + 10, kBlack);
  text(x + pixels / 2 - text_width(label) / 2, y + 14, label, kBlack);
}

namespace {
void append_png(png_structp png, png_bytep data, png_size_t length) {
  auto* out = static_cast<std::string*>(png_get_io_ptr(png));
  out->append(reinterpret_cast<const char*>(data), length);
}
}  // namespace

std::string Image::encode_png() const {
  std::string out;
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  if (!png) throw std::runtime_error("libpng: cannot create a write struct");
  png_infop info = png_create_info_struct(png);
  if (!info || setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, info ? &info : nullptr);
    throw std::runtime_error("libpng: encoding failed");
  }
  png_set_write_fn(png, &out, append_png, nullptr);
  png_set_IHDR(png, info, static_cast<png_uint_32>(width_), static_cast<png_uint_32>(height_), 8,
               PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
               PNG_FILTER_TYPE_DEFAULT);
  png_write_info(png, info);
  for (int y = 0; y < height_; ++y)
    png_write_row(png, const_cast<png_bytep>(rgb_.data() + size_t(y) * width_ * 3));
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  return out;
}

}  // namespace dermasim::io
