#pragma once
// What `dermasim run --fields NAMES --field-times TIMES` asks for: which 3D fields, at which
// times. Checked against the scenario before anything runs, so that a mistake writes nothing.
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "dermasim/biology/species.hpp"
#include "dermasim/scenario/scenario.hpp"
#include "dermasim/simulation/output_schedule.hpp"

namespace dermasim::io {

/// Invalid --fields or --field-times (the command line exits 2).
class FieldRequestError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

struct FieldRequest {
  std::vector<biology::Species> species;   // healing-grid fields, in the order asked
  bool injury_damage = false;              // also the injury stage's field (name "damage")
  std::vector<simulation::Seconds> times;  // sorted, unique, s after the first session
};

/// The names --fields accepts: "all", then each healing species' snake_case name
/// (biology::species_info()).
std::vector<std::string> field_names();

/// The times used when --field-times is not given: each session's, and days 1, 7 and 28 and the
/// end of the run, those within the duration.
std::vector<simulation::Seconds> default_field_times(const scenario::Scenario& sc);

/// Parses comma-separated names ("all" for every species) and comma-separated times with units
/// ("0 h,1 d,7 d"; empty: default_field_times), each rounded to the second and within
/// [0, duration]. "damage" is both the healing grid's damaged fraction and the injury stage's
/// finer field. Throws FieldRequestError naming the option (the labels: the command line's, or
/// the Python module's argument names), with a suggestion for a misspelt name.
FieldRequest parse_field_request(std::string_view names, std::string_view times,
                                 const scenario::Scenario& sc,
                                 std::string_view names_label = "--fields",
                                 std::string_view times_label = "--field-times");

/// One time with its unit ("28 d") after the first session's needles, rounded to the second;
/// not a time, or before 0, is a FieldRequestError starting with `label`.
simulation::Seconds parse_field_time(std::string_view item, std::string_view label);

}  // namespace dermasim::io
