#include <fmt/format.h>
#include <algorithm>

#include "dermasim/run/run_result.hpp"

namespace dermasim {

const std::vector<double>& RunFields::at(std::string_view name, std::string_view time) const {
  const auto& info = biology::species_info();
  const auto named =
      std::find_if(info.begin(), info.end(), [&name](const auto& s) { return s.name == name; });
  const auto kept = std::find_if(
      request.species.begin(), request.species.end(),
      [&](biology::Species s) { return named != info.end() && s == named - info.begin(); });
  if (kept == request.species.end()) {
    std::string names;
    for (biology::Species s : request.species)
      names += (names.empty() ? "" : ", ") + std::string(info[std::size_t(s)].name);
    throw io::FieldRequestError(fmt::format(
        "field: the run kept no field '{}' (it kept {}); ask for it when running (fields)", name,
        names));
  }
  const simulation::Seconds t = io::parse_field_time(time, "field");
  const auto when = std::find(request.times.begin(), request.times.end(), t);
  if (when == request.times.end()) {
    std::string times;
    for (simulation::Seconds x : request.times)
      times += fmt::format("{}{:g} h", times.empty() ? "" : ", ", double(x) / 3600.0);
    throw io::FieldRequestError(fmt::format(
        "field: the run kept no fields at \"{}\" ({:g} h after the first session; it kept them "
        "at {}); ask for that time when running (field_times)",
        time, double(t) / 3600.0, times));
  }
  return values[std::size_t(when - request.times.begin())]
               [std::size_t(kept - request.species.begin())];
}

}  // namespace dermasim
