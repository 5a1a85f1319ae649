#include "dermasim/scenario/table_reader.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <limits>

namespace dermasim::scenario {

namespace {

SourceLocation location_of(const toml::node& n, const std::string& file) {
  const auto& src = n.source();
  // A node that was not parsed has no line: it was set in code (ScenarioDocument).
  if (src.begin.line == 0) return {file, 0, 0, true};
  return {file, static_cast<int>(src.begin.line), static_cast<int>(src.begin.column)};
}

/// Where a key of a table was written: at the key itself, or at its value when the key has no
/// place of its own (set in code).
SourceLocation location_of_key(const toml::key& k, const toml::node& value,
                               const std::string& file) {
  const auto& ks = k.source();
  if (ks.begin.line == 0) return location_of(value, file);
  return {file, static_cast<int>(ks.begin.line), static_cast<int>(ks.begin.column)};
}

std::string type_name(const toml::node& n) {
  switch (n.type()) {
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a number";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::table:
      return "a table";
    default:
      return "a date or time";
  }
}

std::string fmt_number(double v) {
  return fmt::format("{:.6g}", v);
}

/// " mm" after a number, nothing for a pure number ("18", not "18 1").
std::string unit_suffix(const std::string& unit) {
  return unit == "1" ? "" : " " + unit;
}

/// Close enough to be a misspelling: the threshold the unknown-key and missing-key hints share.
bool misspelling_of(const std::string& typed, const std::string& meant) {
  return edit_distance(typed, meant) <= std::max<std::size_t>(2, typed.size() / 3);
}

}  // namespace

TableReader::TableReader(const toml::table* table, std::string path, const std::string* file,
                         toml::table* resolved)
    : table_(table), path_(std::move(path)), file_(file), resolved_(resolved) {}

std::string TableReader::full_key(const std::string& key) const {
  return path_.empty() ? key : path_ + "." + key;
}

SourceLocation TableReader::where(const std::string& key) const {
  if (table_) {
    if (const toml::node* n = table_->get(key)) return location_of(*n, *file_);
    return location_of(*table_, *file_);
  }
  return {*file_, 0, 0};
}

void TableReader::fail(const std::string& key, const std::string& message) const {
  throw ScenarioError(where(key), full_key(key), message);
}

const toml::node* TableReader::node(const std::string& key) {
  expected_.insert(key);
  return table_ ? table_->get(key) : nullptr;
}

bool TableReader::has(const std::string& key) const {
  return table_ && table_->contains(key);
}

std::string TableReader::range_text(const QuantitySpec& spec) const {
  const std::string unit = unit_suffix(spec.unit);
  return fmt::format("a {} between {}{} and {}{}", units::dimension_name(spec.dimension),
                     fmt_number(spec.min), unit, fmt_number(spec.max), unit);
}

void TableReader::fail_missing(const std::string& key, const std::string& what) const {
  if (table_)
    for (const auto& [k, v] : *table_) {
      const std::string present(k.str());
      if (present == key || expected_.contains(present)) continue;
      if (misspelling_of(present, key)) {
        throw ScenarioError(location_of_key(k, v, *file_), full_key(key),
                            fmt::format("is required ({}); the table has '{}': did you mean '{}'?",
                                        what, present, key));
      }
    }
  fail(key, "is required: " + what);
}

double TableReader::quantity(const std::string& key, const QuantitySpec& spec) {
  const toml::node* n = node(key);
  double value_in_unit;
  const double unit_si = units::parse_unit(spec.unit).si;
  if (!n) {
    if (!spec.default_value) fail_missing(key, fmt::format("give {}", range_text(spec)));
    value_in_unit = *spec.default_value;
  } else {
    const bool dimensionless = spec.dimension == units::dim::none;
    if (n->is_number() && dimensionless) {
      // An integer beyond 2^53 has no exact double (toml++'s value<double>() is then empty): it
      // is taken as the nearest double, and the range check below locates the error.
      value_in_unit = n->is_integer() ? static_cast<double>(n->as_integer()->get())
                                      : n->as_floating_point()->get();
    } else if (const auto* s = n->as_string()) {
      units::Quantity q;
      try {
        q = units::parse_quantity(s->get());
      } catch (const units::UnitError& e) {
        fail(key, fmt::format("{}; expected {}, e.g. \"{} {}\"", e.what(), range_text(spec),
                              fmt_number(spec.default_value.value_or(spec.min)), spec.unit));
      }
      if (!(q.dimension == spec.dimension))
        fail(key, fmt::format("\"{}\" is a {}, expected {}", s->get(),
                              units::dimension_name(q.dimension), range_text(spec)));
      value_in_unit = q.si / unit_si;
    } else {
      fail(key, fmt::format("is {}, expected a string with a unit such as \"{} {}\" ({})",
                            type_name(*n), fmt_number(spec.default_value.value_or(spec.min)),
                            spec.unit, range_text(spec)));
    }
  }
  // Compare in the written unit, with a relative tolerance for the unit conversion's rounding.
  const double tol = 1e-9 * std::max(std::abs(spec.min), std::abs(spec.max));
  if (!std::isfinite(value_in_unit) || value_in_unit < spec.min - tol ||
      value_in_unit > spec.max + tol)
    fail(key, fmt::format("{}{} is out of range: expected {}", fmt_number(value_in_unit),
                          unit_suffix(spec.unit), range_text(spec)));
  const double si = value_in_unit * unit_si;
  if (resolved_) {
    if (spec.unit == "1") {  // the shortest digits that read back exactly (0.35, not 0.34999...)
      double written = value_in_unit;
      for (int digits = 12; digits <= 17; ++digits)
        if (const double v = std::stod(fmt::format("{:.{}g}", value_in_unit, digits));
            v == value_in_unit) {
          written = v;
          break;
        }
      resolved_->insert_or_assign(key, written);
    } else {
      resolved_->insert_or_assign(key, units::format_quantity(si, spec.unit));
    }
  }
  return si;
}

std::vector<double> TableReader::quantity_list(const std::string& key, const QuantitySpec& spec,
                                               std::optional<std::vector<double>> default_value,
                                               std::size_t min_size) {
  const toml::node* n = node(key);
  const double unit_si = units::parse_unit(spec.unit).si;
  std::vector<double> out;
  if (!n) {
    if (!default_value) fail_missing(key, fmt::format("give a list of {}", range_text(spec)));
    for (double v : *default_value) out.push_back(v * unit_si);
  } else {
    const toml::array* arr = n->as_array();
    if (!arr)
      fail(key, fmt::format("is {}, expected a list such as [\"0 {}\"]", type_name(*n), spec.unit));
    if (arr->size() < min_size) fail(key, fmt::format("needs at least {} entries", min_size));
    // Read each element through a one-key table so it gets the same checks and messages.
    for (std::size_t i = 0; i < arr->size(); ++i) {
      toml::table one;
      one.insert("value", *arr->get(i));
      TableReader element(&one, full_key(key) + fmt::format("[{}]", i), file_, nullptr);
      try {
        out.push_back(element.quantity("value", spec));
      } catch (const ScenarioError& e) {
        const auto loc = location_of(*arr->get(i), *file_);
        throw ScenarioError(loc, full_key(key) + fmt::format("[{}]", i), e.message());
      }
    }
  }
  if (resolved_) {
    toml::array written;
    for (double v : out) written.push_back(units::format_quantity(v, spec.unit));
    resolved_->insert_or_assign(key, std::move(written));
  }
  return out;
}

std::int64_t TableReader::integer(const std::string& key, std::int64_t min, std::int64_t max,
                                  std::optional<std::int64_t> default_value) {
  const toml::node* n = node(key);
  std::int64_t v;
  if (!n) {
    if (!default_value) fail_missing(key, fmt::format("give an integer from {} to {}", min, max));
    v = *default_value;
  } else if (const auto* i = n->as_integer()) {
    v = i->get();
  } else {
    fail(key, fmt::format("is {}, expected an integer from {} to {}", type_name(*n), min, max));
  }
  if (v < min || v > max)
    fail(key, fmt::format("{} is out of range: expected an integer from {} to {}", v, min, max));
  if (resolved_) resolved_->insert_or_assign(key, v);
  return v;
}

bool TableReader::boolean(const std::string& key, std::optional<bool> default_value) {
  const toml::node* n = node(key);
  bool v;
  if (!n) {
    if (!default_value) fail_missing(key, "give true or false");
    v = *default_value;
  } else if (const auto* b = n->as_boolean()) {
    v = b->get();
  } else {
    fail(key, fmt::format("is {}, expected true or false", type_name(*n)));
  }
  if (resolved_) resolved_->insert_or_assign(key, v);
  return v;
}

std::optional<std::vector<std::int64_t>> TableReader::integer_set(const std::string& key,
                                                                  std::int64_t min,
                                                                  std::int64_t max,
                                                                  const std::string& all_word) {
  const toml::node* n = node(key);
  if (!n) return std::nullopt;
  const std::string expected = fmt::format(
      "expected \"{}\" or a list of integers from {} to {} in increasing order, "
      "e.g. [{}, {}]",
      all_word, min, max, min, std::min(max, min + 1));
  std::vector<std::int64_t> v;
  if (const auto* word = n->as_string()) {
    if (word->get() != all_word) fail(key, fmt::format("is \"{}\": {}", word->get(), expected));
    for (std::int64_t i = min; i <= max; ++i) v.push_back(i);
  } else if (const auto* list = n->as_array()) {
    if (list->empty()) fail(key, "is an empty list: " + expected);
    for (const auto& item : *list) {
      const auto* i = item.as_integer();
      if (!i) fail(key, fmt::format("holds {}: {}", type_name(item), expected));
      const std::int64_t x = i->get();
      if (x < min || x > max) fail(key, fmt::format("holds {}, out of range: {}", x, expected));
      if (!v.empty() && x <= v.back())
        fail(key, fmt::format("holds {} after {}: {}", x, v.back(), expected));
      v.push_back(x);
    }
  } else {
    fail(key, fmt::format("is {}: {}", type_name(*n), expected));
  }
  if (resolved_) {
    toml::array a;
    for (std::int64_t x : v) a.push_back(x);
    resolved_->insert_or_assign(key, std::move(a));
  }
  return v;
}

std::string TableReader::choice(const std::string& key, const std::vector<std::string>& options,
                                std::optional<std::string> default_value) {
  std::string listed;
  for (const auto& o : options) listed += (listed.empty() ? "\"" : ", \"") + o + "\"";
  const toml::node* n = node(key);
  std::string v;
  if (!n) {
    if (!default_value) fail_missing(key, fmt::format("one of {}", listed));
    v = *default_value;
  } else if (const auto* s = n->as_string()) {
    v = s->get();
    if (std::find(options.begin(), options.end(), v) == options.end()) {
      std::string best;
      std::size_t best_d = std::numeric_limits<std::size_t>::max();
      for (const auto& o : options)
        if (auto d = edit_distance(v, o); d < best_d) best_d = d, best = o;
      const std::string hint = !best.empty() && misspelling_of(v, best)
                                   ? fmt::format(" (did you mean \"{}\"?)", best)
                                   : "";
      fail(key, fmt::format("\"{}\" is not one of {}{}", v, listed, hint));
    }
  } else {
    fail(key, fmt::format("is {}, expected one of {}", type_name(*n), listed));
  }
  if (resolved_) resolved_->insert_or_assign(key, v);
  return v;
}

std::string TableReader::text(const std::string& key, std::optional<std::string> default_value) {
  const toml::node* n = node(key);
  std::string v;
  if (!n) {
    if (!default_value) fail_missing(key, "give a string");
    v = *default_value;
  } else if (const auto* s = n->as_string()) {
    v = s->get();
  } else {
    fail(key, fmt::format("is {}, expected a string", type_name(*n)));
  }
  if (resolved_) resolved_->insert_or_assign(key, v);
  return v;
}

TableReader TableReader::table(const std::string& key) {
  const toml::node* n = node(key);
  const toml::table* t = nullptr;
  if (n) {
    t = n->as_table();
    if (!t) fail(key, fmt::format("is {}, expected a table [{}]", type_name(*n), full_key(key)));
  }
  toml::table* out = nullptr;
  if (resolved_) {
    auto [it, inserted] = resolved_->insert_or_assign(key, toml::table{});
    out = it->second.as_table();
  }
  return TableReader(t, full_key(key), file_, out);
}

std::vector<TableReader> TableReader::table_array(const std::string& key) {
  const toml::node* n = node(key);
  std::vector<TableReader> out;
  if (!n) return out;
  const toml::array* arr = n->as_array();
  if (!arr || !arr->is_array_of_tables())
    fail(key,
         fmt::format("is {}, expected tables written as [[{}]]", type_name(*n), full_key(key)));
  toml::array* written = nullptr;
  if (resolved_) {
    auto [it, inserted] = resolved_->insert_or_assign(key, toml::array{});
    written = it->second.as_array();
    for (std::size_t i = 0; i < arr->size(); ++i) written->push_back(toml::table{});
  }
  for (std::size_t i = 0; i < arr->size(); ++i)
    out.emplace_back(arr->get(i)->as_table(), full_key(key) + fmt::format("[{}]", i), file_,
                     written ? written->get(i)->as_table() : nullptr);
  return out;
}

void TableReader::forbid(const std::string& key, const std::string& why) {
  expected_.insert(key);
  if (has(key)) fail(key, why);
}

void TableReader::finish() const {
  if (!table_) return;
  for (const auto& [k, v] : *table_) {
    const std::string key(k.str());
    if (expected_.contains(key)) continue;
    std::string best;
    std::size_t best_d = std::numeric_limits<std::size_t>::max();
    for (const auto& e : expected_)
      if (auto d = edit_distance(key, e); d < best_d) best_d = d, best = e;
    const std::string hint = (!best.empty() && misspelling_of(key, best))
                                 ? fmt::format("; did you mean '{}'?", best)
                                 : "";
    std::string known;
    for (const auto& e : expected_) known += (known.empty() ? "" : ", ") + e;
    throw ScenarioError(location_of_key(k, v, *file_), full_key(key),
                        fmt::format("unknown key{} (known keys here: {})", hint, known));
  }
}

}  // namespace dermasim::scenario
