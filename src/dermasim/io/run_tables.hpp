#pragma once
// The run folder's CSV files as tables of typed columns. timeseries.csv, punctures.csv,
// absorption.csv and absorption_profile.csv are these tables written out (to_csv), and the
// Python module hands the same tables to pandas: the file and the DataFrame cannot disagree on
// a name, a unit, an order or a value.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dermasim/device/puncture.hpp"
#include "dermasim/outcomes/outcomes.hpp"
#include "dermasim/simulation/healing_run.hpp"
#include "dermasim/transport/serum_run.hpp"

namespace dermasim::io {

struct Column {
  enum class Kind { real, integer, text };
  std::string name;  // the CSV header, unit included ("depth_um")
  Kind kind = Kind::real;
  std::vector<std::optional<double>> reals;  // no value: an empty cell (does not apply)
  std::vector<std::int64_t> integers;
  std::vector<std::string> texts;
  /// How the file writes a real: digits and fmt presentation ('g' significant, 'f' decimals).
  int precision = 6;
  char style = 'g';

  std::size_t size() const;
};

using Table = std::vector<Column>;

/// The header row, then one line per row, comma-separated, without quoting.
std::string to_csv(const Table& table);

/// timeseries.csv: time_h, then simulation::observable_columns(), then (when given) the
/// outcome columns, one row per output time.
Table timeseries_table(const simulation::HealingResult& result,
                       const outcomes::OutcomeSeries* outcomes);

/// punctures.csv: x_um,y_um,depth_um,angle_deg,azimuth_deg,session,pass,time_s,layer,bleeding.
Table punctures_table(const device::PunctureList& punctures);

/// absorption.csv (see serum_outputs.hpp for the columns).
Table absorption_table(const transport::AbsorptionResult& r);

/// absorption_profile.csv: depth_um, then concentration_<t>h_mg_ml and intact_<t>h_mg_ml.
Table absorption_profile_table(const transport::AbsorptionResult& r);

}  // namespace dermasim::io
