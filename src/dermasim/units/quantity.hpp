#pragma once
// Physical quantities in scenario files: "1.5 mm", "120 Hz", "2 cm/s", "6 weeks".
//
// Everything inside dermasim is SI (m, s, kg, rad). Text is converted once, at load time, by
// parse_quantity(); nothing inside the engine ever sees a unit string (Cantera/OpenMM practice).
#include <array>
#include <stdexcept>
#include <string>
#include <string_view>

namespace dermasim::units {

/// Exponents of the base dimensions a scenario can use: length, time, mass, angle, amount, and
/// information (bytes, for memory limits).
struct Dimension {
  std::array<int, 6> exponent{};  // L, T, M, angle, amount (mol), information (byte)

  friend bool operator==(const Dimension&, const Dimension&) = default;
  Dimension operator*(const Dimension& o) const;
  Dimension inverse() const;
};

namespace dim {
inline constexpr Dimension none{};
inline constexpr Dimension length{{1, 0, 0, 0, 0, 0}};
inline constexpr Dimension area{{2, 0, 0, 0, 0, 0}};
inline constexpr Dimension time{{0, 1, 0, 0, 0, 0}};
inline constexpr Dimension frequency{{0, -1, 0, 0, 0, 0}};
inline constexpr Dimension speed{{1, -1, 0, 0, 0, 0}};
inline constexpr Dimension mass{{0, 0, 1, 0, 0, 0}};
inline constexpr Dimension angle{{0, 0, 0, 1, 0, 0}};
inline constexpr Dimension bytes{{0, 0, 0, 0, 0, 1}};
}  // namespace dim

/// Human name of a dimension ("length", "speed", or "L^2 T^-1" when it has no name).
std::string dimension_name(const Dimension& d);

/// A value in SI with its dimension.
struct Quantity {
  double si = 0.0;
  Dimension dimension;
};

/// Thrown for text that is not a number followed by a known unit.
class UnitError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Parses "1.5 mm", "2 cm/s", "9.69 g/m2/h", "30 deg". A bare number is dimensionless.
Quantity parse_quantity(std::string_view text);

/// Parses a unit expression alone ("mm", "cm/s") into its SI factor and dimension.
Quantity parse_unit(std::string_view unit);

/// Converts an SI value to the given unit (which must have the same dimension).
double from_si(double si, std::string_view unit);

/// Formats an SI value in the given unit, shortest round-trip text: "1.5 mm".
std::string format_quantity(double si, std::string_view unit);

}  // namespace dermasim::units
