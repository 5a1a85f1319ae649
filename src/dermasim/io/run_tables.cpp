#include "dermasim/io/run_tables.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <numbers>
#include <stdexcept>

namespace dermasim::io {

namespace {

constexpr double kUm = 1e-6;
constexpr double kUgCm2 = 1e5;  // kg/m^2 -> ug/cm^2 (1e9 ug/kg over 1e4 cm^2/m^2)
constexpr double kHour = 3600.0;

double deg(double rad) {
  return rad * 180.0 / std::numbers::pi;
}

Column real(std::string name, int precision = 6, char style = 'g') {
  Column c;
  c.name = std::move(name);
  c.precision = precision;
  c.style = style;
  return c;
}

Column integer(std::string name) {
  Column c;
  c.name = std::move(name);
  c.kind = Column::Kind::integer;
  return c;
}

Column text(std::string name) {
  Column c;
  c.name = std::move(name);
  c.kind = Column::Kind::text;
  return c;
}

void append_cell(std::string& out, const Column& c, std::size_t row) {
  switch (c.kind) {
    case Column::Kind::integer:
      out += fmt::format("{}", c.integers[row]);
      return;
    case Column::Kind::text:
      out += c.texts[row];
      return;
    case Column::Kind::real:
      if (const auto& v = c.reals[row]) {
        if (c.style == 'f')
          out += fmt::format("{:.{}f}", *v, c.precision);
        else
          out += fmt::format("{:.{}g}", *v, c.precision);
      }
      return;
  }
}

}  // namespace

std::size_t Column::size() const {
  switch (kind) {
    case Kind::integer:
      return integers.size();
    case Kind::text:
      return texts.size();
    case Kind::real:
      break;
  }
  return reals.size();
}

std::string to_csv(const Table& table) {
  std::string out;
  for (std::size_t c = 0; c < table.size(); ++c) out += (c ? "," : "") + table[c].name;
  out += "\n";
  const std::size_t rows = table.empty() ? 0 : table.front().size();
  for (const Column& c : table)
    if (c.size() != rows) throw std::logic_error("the columns of a table differ in length");
  out.reserve(out.size() + rows * table.size() * 12);
  for (std::size_t r = 0; r < rows; ++r) {
    for (std::size_t c = 0; c < table.size(); ++c) {
      if (c) out += ",";
      append_cell(out, table[c], r);
    }
    out += "\n";
  }
  return out;
}

Table timeseries_table(const simulation::HealingResult& r, const outcomes::OutcomeSeries* o) {
  Table t;
  t.push_back(real("time_h"));
  for (const auto& name : simulation::observable_columns()) t.push_back(real(name));
  const std::size_t healing_columns = t.size();
  if (o)
    for (const auto& name : outcomes::OutcomeSeries::columns()) t.push_back(real(name));
  // The columns only some runs have (the later serums' concentrations) come last, so that every
  // other column keeps its place.
  const std::size_t added_from = t.size();
  for (const auto& name : r.added_columns) t.push_back(real(name));
  for (std::size_t i = 0; i < r.times.size(); ++i) {
    t[0].reals.emplace_back(double(r.times[i]) / kHour);
    for (std::size_t c = 0; c < r.rows[i].size(); ++c) t[1 + c].reals.emplace_back(r.rows[i][c]);
    if (o)
      for (std::size_t c = 0; c < o->rows[i].size(); ++c)
        t[healing_columns + c].reals.push_back(o->rows[i][c]);
    for (std::size_t c = 0; c < r.added_columns.size(); ++c)
      t[added_from + c].reals.push_back(r.added_rows[i][c]);
  }
  return t;
}

Table punctures_table(const device::PunctureList& punctures) {
  Table t{real("x_um", 3, 'f'),      real("y_um", 3, 'f'),        real("depth_um", 3, 'f'),
          real("angle_deg", 3, 'f'), real("azimuth_deg", 3, 'f'), integer("session"),
          integer("pass"),           real("time_s", 4, 'f'),      text("layer"),
          integer("bleeding")};
  for (Column& c : t) {
    c.reals.reserve(punctures.size());
    c.integers.reserve(punctures.size());
  }
  for (const auto& p : punctures) {
    t[0].reals.emplace_back(p.x / kUm);
    t[1].reals.emplace_back(p.y / kUm);
    t[2].reals.emplace_back(p.depth / kUm);
    t[3].reals.emplace_back(deg(p.angle));
    t[4].reals.emplace_back(deg(p.azimuth));
    t[5].integers.push_back(p.session + 1);  // counted from 1 in the file
    t[6].integers.push_back(p.pass + 1);
    t[7].reals.emplace_back(p.time);
    t[8].texts.emplace_back(skin::layer_name(p.layer));
    t[9].integers.push_back(p.bleeding ? 1 : 0);
  }
  return t;
}

Table absorption_table(const transport::AbsorptionResult& r) {
  Table t{real("time_h"),
          real("permeated_ug_cm2"),
          real("flux_ug_cm2_h"),
          real("donor_ug_cm2"),
          real("stratum_corneum_ug_cm2"),
          real("viable_epidermis_ug_cm2"),
          real("dermis_ug_cm2"),
          real("cleared_ug_cm2"),
          real("receptor_ug_cm2"),
          real("delivered_ug_cm2"),
          real("intact_permeated_ug_cm2"),
          real("intact_delivered_ug_cm2"),
          real("channels_open_fraction"),
          real("mass_balance_error", 3),
          real("degraded_ug_cm2")};
  for (std::size_t i = 0; i < r.rows.size(); ++i) {
    const auto& a = r.rows[i];
    const auto& b = r.intact_rows[i];
    t[0].reals.emplace_back(a.time / kHour);
    t[1].reals.emplace_back(a.permeated * kUgCm2);
    t[2].reals.emplace_back(a.flux * kUgCm2 * kHour);
    // An infinite dose's donor is a notional reservoir (a film 1 km thick): left empty.
    t[3].reals.push_back(r.infinite_dose ? std::nullopt : std::optional(a.donor * kUgCm2));
    t[4].reals.emplace_back(a.stratum_corneum * kUgCm2);
    t[5].reals.emplace_back(a.viable_epidermis * kUgCm2);
    t[6].reals.emplace_back(a.dermis * kUgCm2);
    t[7].reals.emplace_back(a.cleared * kUgCm2);
    t[8].reals.emplace_back(a.received * kUgCm2);
    t[9].reals.emplace_back(a.delivered * kUgCm2);
    t[10].reals.emplace_back(b.permeated * kUgCm2);
    t[11].reals.emplace_back(b.delivered * kUgCm2);
    t[12].reals.emplace_back(a.open_fraction);
    t[13].reals.emplace_back(std::max(a.mass_balance_error, b.mass_balance_error));
    t[14].reals.emplace_back(a.degraded * kUgCm2);
  }
  return t;
}

Table absorption_profile_table(const transport::AbsorptionResult& r) {
  Table t{real("depth_um")};
  for (const auto& p : r.profiles) {
    const std::string h = fmt::format("{:g}", p.time / kHour);
    t.push_back(real("concentration_" + h + "h_mg_ml"));
    t.push_back(real("intact_" + h + "h_mg_ml"));
  }
  if (r.profiles.empty()) return t;
  for (std::size_t k = 0; k < r.profiles.front().depth.size(); ++k) {
    t[0].reals.emplace_back(r.profiles.front().depth[k] * 1e6);
    for (std::size_t p = 0; p < r.profiles.size(); ++p) {
      t[1 + 2 * p].reals.emplace_back(r.profiles[p].concentration[k]);  // kg/m^3 = mg/mL
      t[2 + 2 * p].reals.emplace_back(r.intact_profiles[p].concentration[k]);
    }
  }
  return t;
}

}  // namespace dermasim::io
