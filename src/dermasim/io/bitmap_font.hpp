#pragma once
// A 5x7 bitmap font: each glyph is 7 rows of 5 bits (bit 4 is the leftmost column).
#include <array>
#include <cstdint>

namespace dermasim::io {

/// The glyph of an ASCII character; an unknown character draws as a blank.
const std::array<std::uint8_t, 7>& glyph(char c);

}  // namespace dermasim::io
