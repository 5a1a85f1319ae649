#include "dermasim/units/quantity.hpp"

#include <fmt/format.h>
#include <charconv>
#include <cmath>
#include <numbers>
#include <unordered_map>

namespace dermasim::units {

Dimension Dimension::operator*(const Dimension& o) const {
  Dimension r;
  for (size_t i = 0; i < exponent.size(); ++i) r.exponent[i] = exponent[i] + o.exponent[i];
  return r;
}

Dimension Dimension::inverse() const {
  Dimension r;
  for (size_t i = 0; i < exponent.size(); ++i) r.exponent[i] = -exponent[i];
  return r;
}

std::string dimension_name(const Dimension& d) {
  struct Named {
    Dimension dim;
    const char* name;
  };
  static const Named names[] = {
      {dim::none, "dimensionless number"},
      {dim::length, "length"},
      {dim::area, "area"},
      {dim::time, "time"},
      {dim::frequency, "frequency"},
      {dim::speed, "speed"},
      {dim::mass, "mass"},
      {dim::angle, "angle"},
      {dim::bytes, "memory size"},
  };
  for (const auto& n : names)
    if (n.dim == d) return n.name;
  static const char* symbol[] = {"L", "T", "M", "angle", "N", "B"};
  std::string out;
  for (size_t i = 0; i < d.exponent.size(); ++i) {
    if (d.exponent[i] == 0) continue;
    if (!out.empty()) out += ' ';
    out += symbol[i];
    if (d.exponent[i] != 1) out += fmt::format("^{}", d.exponent[i]);
  }
  return out;
}

namespace {

struct UnitDef {
  double factor;  // SI value of one of this unit
  Dimension dimension;
};

constexpr double kDay = 86400.0;
constexpr double kYear = 365.25 * kDay;  // Julian year

const std::unordered_map<std::string, UnitDef>& unit_table() {
  static const std::unordered_map<std::string, UnitDef> table = [] {
    std::unordered_map<std::string, UnitDef> t;
    auto add = [&t](std::initializer_list<const char*> names, double f, Dimension d) {
      for (const char* n : names) t.emplace(n, UnitDef{f, d});
    };
    add({"m"}, 1.0, dim::length);
    add({"cm"}, 1e-2, dim::length);
    add({"mm"}, 1e-3, dim::length);
    add({"um", "µm", "μm", "micron", "microns"}, 1e-6, dim::length);
    add({"nm"}, 1e-9, dim::length);
    add({"s", "sec", "second", "seconds"}, 1.0, dim::time);
    add({"ms"}, 1e-3, dim::time);
    add({"min", "minute", "minutes"}, 60.0, dim::time);
    add({"h", "hr", "hour", "hours"}, 3600.0, dim::time);
    add({"d", "day", "days"}, kDay, dim::time);
    add({"wk", "week", "weeks"}, 7 * kDay, dim::time);
    add({"month", "months"}, kYear / 12.0, dim::time);
    add({"y", "yr", "year", "years"}, kYear, dim::time);
    add({"Hz"}, 1.0, dim::frequency);
    add({"kHz"}, 1e3, dim::frequency);
    add({"rpm"}, 1.0 / 60.0, dim::frequency);
    add({"kg"}, 1.0, dim::mass);
    add({"g"}, 1e-3, dim::mass);
    add({"mg"}, 1e-6, dim::mass);
    add({"ug", "µg", "μg"}, 1e-9, dim::mass);
    add({"ng"}, 1e-12, dim::mass);
    add({"pg"}, 1e-15, dim::mass);
    add({"rad"}, 1.0, dim::angle);
    add({"deg", "°", "degree", "degrees"}, std::numbers::pi / 180.0, dim::angle);
    const Dimension force{{1, -2, 1, 0, 0, 0}};
    add({"N"}, 1.0, force);
    add({"mN"}, 1e-3, force);
    const Dimension pressure{{-1, -2, 1, 0, 0, 0}};
    add({"Pa"}, 1.0, pressure);
    add({"kPa"}, 1e3, pressure);
    add({"MPa"}, 1e6, pressure);
    const Dimension volume{{3, 0, 0, 0, 0, 0}};
    add({"L"}, 1e-3, volume);
    add({"mL"}, 1e-6, volume);
    add({"uL", "µL"}, 1e-9, volume);
    const Dimension amount{{0, 0, 0, 0, 1, 0}};
    add({"mol"}, 1.0, amount);
    add({"mmol"}, 1e-3, amount);
    add({"umol"}, 1e-6, amount);
    add({"B"}, 1.0, dim::bytes);
    add({"KiB"}, 1024.0, dim::bytes);
    add({"MiB"}, 1024.0 * 1024.0, dim::bytes);
    add({"GiB"}, 1024.0 * 1024.0 * 1024.0, dim::bytes);
    add({"%"}, 0.01, dim::none);
    return t;
  }();
  return table;
}

bool is_symbol_char(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80 ||
         c == '%';
}

// One factor: a symbol with an optional integer exponent ("cm2", "cm^2", "s-1").
UnitDef parse_factor(std::string_view text, size_t& pos) {
  const size_t start = pos;
  while (pos < text.size() && is_symbol_char(text[pos])) ++pos;
  const std::string symbol(text.substr(start, pos - start));
  if (symbol.empty())
    throw UnitError(fmt::format("expected a unit symbol at '{}'", text.substr(start)));
  auto it = unit_table().find(symbol);
  if (it == unit_table().end()) throw UnitError(fmt::format("unknown unit '{}'", symbol));
  int power = 1;
  if (pos < text.size() && text[pos] == '^') ++pos;
  if (pos < text.size() &&
      (std::isdigit(static_cast<unsigned char>(text[pos])) || text[pos] == '-')) {
    const char* first = text.data() + pos;
    auto [ptr, ec] = std::from_chars(first, text.data() + text.size(), power);
    if (ec != std::errc() || power < -4 || power > 4 || power == 0)
      throw UnitError(fmt::format("bad exponent in unit '{}' (expected -4 to 4, not 0)", text));
    pos += static_cast<size_t>(ptr - first);
  }
  UnitDef out{1.0, dim::none};
  const Dimension base = it->second.dimension;
  for (int i = 0; i < std::abs(power); ++i) {
    out.factor *= it->second.factor;
    out.dimension = out.dimension * base;
  }
  if (power < 0) {
    out.factor = 1.0 / out.factor;
    out.dimension = out.dimension.inverse();
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

Quantity parse_unit(std::string_view unit) {
  unit = trim(unit);
  Quantity q{1.0, dim::none};
  if (unit.empty() || unit == "1") return q;
  size_t pos = 0;
  bool divide = false;
  if (unit.starts_with("1/")) {  // a rate or a density: "1/h", "1/mm3"
    pos = 2;
    divide = true;
  }
  while (true) {
    UnitDef f = parse_factor(unit, pos);
    if (divide) {
      q.si /= f.factor;
      q.dimension = q.dimension * f.dimension.inverse();
    } else {
      q.si *= f.factor;
      q.dimension = q.dimension * f.dimension;
    }
    while (pos < unit.size() && unit[pos] == ' ') ++pos;
    if (pos >= unit.size()) break;
    const char op = unit[pos];
    if (op == '/') {
      divide = true;
    } else if (op == '*' || op == '.') {
      divide = false;
    } else {
      throw UnitError(fmt::format("unexpected '{}' in unit '{}'", op, unit));
    }
    ++pos;
    while (pos < unit.size() && unit[pos] == ' ') ++pos;
  }
  return q;
}

Quantity parse_quantity(std::string_view text) {
  const std::string_view s = trim(text);
  double value = 0.0;
  const char* first = s.data();
  const char* last = s.data() + s.size();
  if (!s.empty() && *first == '+') ++first;
  auto [ptr, ec] = std::from_chars(first, last, value);
  if (ec != std::errc() || ptr == first)
    throw UnitError(fmt::format("'{}' does not start with a number", s));
  if (!std::isfinite(value)) throw UnitError(fmt::format("'{}' is not a finite number", s));
  const Quantity unit = parse_unit(std::string_view(ptr, static_cast<size_t>(last - ptr)));
  return {value * unit.si, unit.dimension};
}

double from_si(double si, std::string_view unit) {
  return si / parse_unit(unit).si;
}

std::string format_quantity(double si, std::string_view unit) {
  const double v = from_si(si, unit);
  // The shortest text that reads back to exactly the same SI value: 12 significant digits hide
  // the conversion noise (1e-3 is not exact in binary); more are used only when needed.
  for (int digits = 12; digits <= 17; ++digits) {
    const std::string text = fmt::format("{:.{}g} {}", v, digits, unit);
    if (parse_quantity(text).si == si) return text;
  }
  return fmt::format("{:.17g} {}", v, unit);
}

}  // namespace dermasim::units
