#include "dermasim/io/field_selection.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>

#include "dermasim/scenario/scenario_error.hpp"
#include "dermasim/units/quantity.hpp"

namespace dermasim::io {

namespace {

using simulation::Seconds;

constexpr Seconds kDay = 86400;

/// The comma-separated items of `text`, trimmed; an empty item is kept (and rejected later).
std::vector<std::string> split(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t comma = text.find(',', start);
    std::string_view item =
        text.substr(start, comma == std::string_view::npos ? text.npos : comma - start);
    while (!item.empty() && std::isspace(static_cast<unsigned char>(item.front())))
      item.remove_prefix(1);
    while (!item.empty() && std::isspace(static_cast<unsigned char>(item.back())))
      item.remove_suffix(1);
    out.emplace_back(item);
    if (comma == std::string_view::npos) return out;
    start = comma + 1;
  }
}

std::string duration_text(Seconds t) {
  return fmt::format("{:g} d = {:g} h", double(t) / double(kDay), double(t) / 3600.0);
}

void sort_unique(std::vector<Seconds>& t) {
  std::sort(t.begin(), t.end());
  t.erase(std::unique(t.begin(), t.end()), t.end());
}

}  // namespace

std::vector<std::string> field_names() {
  std::vector<std::string> names{"all"};
  for (const auto& s : biology::species_info()) names.emplace_back(s.name);
  return names;
}

std::vector<Seconds> default_field_times(const scenario::Scenario& sc) {
  const Seconds duration = std::llround(sc.simulation.duration);
  std::vector<Seconds> t;
  for (const auto& s : sc.sessions) t.push_back(Seconds(s.day) * kDay);
  for (Seconds day : {1, 7, 28}) t.push_back(day * kDay);
  t.push_back(duration);
  std::erase_if(t, [duration](Seconds x) { return x < 0 || x > duration; });
  sort_unique(t);
  return t;
}

namespace {

/// A time after the first session's needles (s, not yet rounded), checked but for the end.
double time_after_first_session(std::string_view item, std::string_view label) {
  units::Quantity q;
  try {
    q = units::parse_quantity(std::string(item));
  } catch (const units::UnitError& e) {
    throw FieldRequestError(fmt::format("{}: \"{}\": {}", label, item, e.what()));
  }
  if (q.dimension != units::dim::time)
    throw FieldRequestError(fmt::format("{}: \"{}\" is a {}, expected a time such as \"7 d\"",
                                        label, item, units::dimension_name(q.dimension)));
  // The run's clock counts whole seconds; times count from the first session's needles.
  if (q.si < -0.5)
    throw FieldRequestError(fmt::format(
        "{}: \"{}\" is before the first session (times count from it, 0 h)", label, item));
  return q.si;
}

}  // namespace

Seconds parse_field_time(std::string_view item, std::string_view label) {
  return std::max<Seconds>(std::llround(time_after_first_session(item, label)), 0);
}

FieldRequest parse_field_request(std::string_view names, std::string_view times,
                                 const scenario::Scenario& sc, std::string_view names_label,
                                 std::string_view times_label) {
  const std::vector<std::string> valid = field_names();
  FieldRequest r;
  auto add = [&r](biology::Species s) {
    if (std::find(r.species.begin(), r.species.end(), s) == r.species.end()) r.species.push_back(s);
    if (s == biology::damage) r.injury_damage = true;
  };
  for (const std::string& name : split(names)) {
    if (name == "all") {
      for (int s = 0; s < biology::kSpecies; ++s) add(biology::Species(s));
      continue;
    }
    const auto& info = biology::species_info();
    const auto it =
        std::find_if(info.begin(), info.end(), [&name](const auto& s) { return s.name == name; });
    if (it != info.end()) {
      add(biology::Species(it - info.begin()));
      continue;
    }
    if (name.empty())
      throw FieldRequestError(
          fmt::format("{}: an empty name (two commas, or a comma at an end)", names_label));
    // The nearest valid name, when it is near enough to be a misspelling (as for scenario keys).
    std::string best;
    std::size_t best_d = std::numeric_limits<std::size_t>::max();
    for (const auto& v : valid)
      if (auto d = scenario::edit_distance(name, v); d < best_d) best_d = d, best = v;
    const std::string hint = best_d <= std::max<std::size_t>(2, name.size() / 3)
                                 ? fmt::format("; did you mean '{}'?", best)
                                 : "";
    std::string listed;
    for (const auto& v : valid) listed += (listed.empty() ? "" : ", ") + v;
    throw FieldRequestError(
        fmt::format("{}: unknown field '{}'{} (valid names: {})", names_label, name, hint, listed));
  }

  const Seconds duration = std::llround(sc.simulation.duration);
  if (times.empty()) {
    r.times = default_field_times(sc);
    return r;
  }
  for (const std::string& item : split(times)) {
    const double t = time_after_first_session(item, times_label);
    if (t > double(duration) + 0.5)
      throw FieldRequestError(
          fmt::format("{}: \"{}\" is past the end of the run (the duration, {})", times_label, item,
                      duration_text(duration)));
    r.times.push_back(std::clamp<Seconds>(std::llround(t), 0, duration));
  }
  sort_unique(r.times);
  return r;
}

}  // namespace dermasim::io
