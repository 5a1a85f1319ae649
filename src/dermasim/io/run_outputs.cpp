#include "dermasim/io/run_outputs.hpp"

#include "dermasim/report/report.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <numbers>

#include "dermasim/actives/mechanism.hpp"
#include "dermasim/device/kinematics.hpp"
#include "dermasim/io/atomic_file.hpp"
#include "dermasim/io/field_export.hpp"
#include "dermasim/io/figures.hpp"
#include "dermasim/io/healing_outputs.hpp"
#include "dermasim/io/outcome_images.hpp"
#include "dermasim/io/output_folder.hpp"
#include "dermasim/io/run_tables.hpp"
#include "dermasim/io/serum_outputs.hpp"
#include "dermasim/version.hpp"

namespace dermasim::io {

namespace {
constexpr double kUm = 1e-6;
constexpr double kCm2 = 1e-4;
double deg(double rad) {
  return rad * 180.0 / std::numbers::pi;
}
}  // namespace

std::string scenario_hash(const std::string& text) {
  // Hash the scenario's content only: comment lines (the header names the source path) are
  // skipped, so the same scenario hashes the same wherever it was read from.
  std::string content;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (text.compare(start, 1, "#") != 0) content.append(text, start, end - start + 1);
    start = end + 1;
  }
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : content) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return fmt::format("{:016x}", h);
}

std::string punctures_csv(const device::PunctureList& punctures) {
  return to_csv(punctures_table(punctures));
}

std::string summary_json(const scenario::Scenario& sc, const simulation::InjuryStage& stage,
                         double elapsed_s, const nlohmann::ordered_json& extra) {
  return summary_object(sc, stage, elapsed_s, extra).dump(2) + "\n";
}

nlohmann::ordered_json summary_object(const scenario::Scenario& sc,
                                      const simulation::InjuryStage& stage, double elapsed_s,
                                      const nlohmann::ordered_json& extra) {
  using nlohmann::ordered_json;
  const auto& s = stage.summary;
  const grid::Grid3D& g = stage.field.grid;
  ordered_json j;
  j["dermasim_version"] = kVersion;
  j["scenario"] = sc.source;
  j["scenario_hash"] = scenario_hash(sc.resolved_toml);
  j["seed"] = sc.simulation.seed;
  j["device"] = device::kind_name(sc.device.kind);
  j["site"] = sc.skin.site;
  j["sessions"] = sc.sessions.size();
  j["passes"] = s.passes;
  j["punctures"] = s.punctures;
  j["patch_area_cm2"] = s.patch_area / kCm2;
  j["punctures_per_cm2"] = s.punctures_per_area * kCm2;
  j["punctures_per_cm2_per_pass"] = s.punctures_per_area_per_pass * kCm2;
  j["expected_punctures_per_cm2_per_pass"] = s.expected_per_area_per_pass * kCm2;
  j["depth_um"] = {{"mean", s.depth_mean / kUm},
                   {"sd", s.depth_sd / kUm},
                   {"min", s.depth_min / kUm},
                   {"max", s.depth_max / kUm}};
  j["nominal_length_um"] = sc.device.needle.length / kUm;
  j["penetration_ratio"] = s.depth_mean / sc.device.needle.length;
  j["entry_angle_deg_mean"] = deg(s.angle_mean);
  j["bleeding_fraction"] = s.bleeding_fraction;
  ordered_json reached, injured, layers;
  for (skin::Layer layer : skin::kAllLayers) {
    const auto name = std::string(skin::layer_name(layer));
    reached[name] = s.reached_fraction[static_cast<int>(layer)];
    injured[name] = s.injured_fraction_by_layer[static_cast<size_t>(layer)];
    layers[name] = {{"top_um", stage.skin.top(layer) / kUm},
                    {"bottom_um", layer == skin::Layer::hypodermis
                                      ? ordered_json(nullptr)
                                      : ordered_json(stage.skin.bottom(layer) / kUm)}};
  }
  j["deepest_layer_fraction"] = reached;
  j["injured_volume_fraction"] = injured;
  j["skin_layers"] = layers;
  j["channel_volume_mm3"] = {{"rasterized", s.channel_volume_rasterized * 1e9},
                             {"analytic", s.channel_volume_analytic * 1e9},
                             {"channels_with_analytic_volume", s.channels_with_analytic_volume}};
  j["injured_volume_mm3"] = s.injured_volume * 1e9;
  j["grid"] = {{"nx", g.nx},
               {"ny", g.ny},
               {"nz", g.nz},
               {"dx_um", g.dx / kUm},
               {"dy_um", g.dy / kUm},
               {"dz_um", g.dz / kUm},
               {"field_memory_mib", double(grid::field_bytes(g)) / 1048576.0}};
  if (extra.is_object()) j.update(extra);
  j["elapsed_s"] = elapsed_s;
  j["status"] = "complete";
  return j;
}

Image puncture_map(const scenario::Scenario& sc, const simulation::InjuryStage& stage) {
  const double lx = sc.simulation.patch_x, ly = sc.simulation.patch_y;
  const int plot = 600;
  const double px_per_m = plot / std::max(lx, ly);
  const int w = static_cast<int>(std::lround(lx * px_per_m)),
            h = static_cast<int>(std::lround(ly * px_per_m));
  const int left = 40, top = 60;
  Image img(left + w + 200, top + h + 90);
  img.text(left, 16,
           fmt::format("PUNCTURES: {} ({:.0f}/CM2)", stage.punctures.size(),
                       stage.summary.punctures_per_area * kCm2),
           kBlack);
  img.fill_rect(left, top, left + w, top + h, Rgb{235, 225, 215});
  const double dmax = std::max(sc.device.needle.length, stage.summary.depth_max);
  const double r_px = std::max(1.5, sc.device.needle.radius() * px_per_m);
  for (const auto& p : stage.punctures) {
    // y grows upwards in the patch frame, downwards in the image.
    img.disc(left + p.x * px_per_m, top + h - p.y * px_per_m, r_px, viridis(p.depth / dmax));
  }
  img.colour_bar(left + w + 30, top + 30, 20, h - 60, 0.0, dmax / kUm, "DEPTH (UM)");
  draw_scale_bar(img, left, top + h + 30, lx, px_per_m);
  return img;
}

Image injury_cross_section(const simulation::InjuryStage& stage) {
  const grid::Grid3D& g = stage.field.grid;
  const injury::InjurySection& section = stage.section;
  const int scale = std::max(1, 800 / std::max(g.nx, g.nz));
  const int left = 40, top = 70;
  const int w = g.nx * scale, h = g.nz * scale;
  Image img(left + w + 230, top + h + 90);
  img.text(left, 16,
           fmt::format("INJURY CROSS-SECTION AT Y = {:.0f} UM", g.y_center(section.j) / kUm),
           kBlack);
  if (section.damaged.size() == std::size_t(g.nx) * std::size_t(g.nz))
    for (int k = 0; k < g.nz; ++k)
      for (int i = 0; i < g.nx; ++i)
        img.fill_rect(left + i * scale, top + k * scale, left + (i + 1) * scale,
                      top + (k + 1) * scale,
                      viridis(section.damaged[std::size_t(i) + std::size_t(g.nx) * k]));
  // Layer boundaries as white lines.
  draw_layer_boundaries(img, stage.skin, left, top, w, scale / g.dz, g.depth());
  img.colour_bar(left + w + 30, top + 30, 20, std::max(60, h - 60), 0.0, 1.0, "DAMAGED FRACTION");
  draw_scale_bar(img, left, top + h + 30, g.width_x(), scale / g.dx);
  img.text(left, top - 22, "SURFACE; WHITE LINES: LAYER BOUNDARIES", kBlack, 1);
  return img;
}

namespace {

/// The largest value of a timeseries column over the run.
double column_peak(const simulation::HealingResult& healing, const std::string& column) {
  double peak = 0;
  for (double v : healing.column(column)) peak = std::max(peak, v);
  return peak;
}

/// What one application had delivered by layer at the end of its contact, ug/cm^2.
nlohmann::ordered_json delivered_by_layer(const transport::AbsorptionRow& end) {
  constexpr double kUgPerCm2 = 1e-9 / 1e-4;  // kg/m^2
  return {{"viable_epidermis", end.viable_epidermis / kUgPerCm2},
          {"dermis", end.dermis / kUgPerCm2},
          {"cleared", end.cleared / kUgPerCm2},
          {"total", end.delivered / kUgPerCm2}};
}

/// What the serum's action added (docs/model.md 9.4): for every per-week measure of the
/// healing and the outcomes (a `*_change_pct` keyed by week), the run's value minus the same
/// treatment's without the action, in percentage points.
nlohmann::ordered_json serum_effect(const RunResult& run, const nlohmann::ordered_json& with) {
  nlohmann::ordered_json without = healing_summary(run.without_serum->healing, run.domain);
  without.update(outcome_summary(run.without_serum->healing, run.without_serum->outcomes));
  nlohmann::ordered_json effect = nlohmann::ordered_json::object();
  for (const auto& [key, value] : with.items()) {
    if (!key.ends_with("_change_pct") || !value.is_object() || !without.contains(key)) continue;
    nlohmann::ordered_json by_week = nlohmann::ordered_json::object();
    for (const auto& [week, v] : value.items()) {
      const auto& w = without[key];
      if (v.is_number() && w.contains(week) && w[week].is_number())
        by_week[week] = v.get<double>() - w[week].get<double>();
    }
    if (!by_week.empty()) effect[key] = by_week;
  }
  return effect;
}

/// What one serum did to the tissue (docs/model.md 9): its mechanism, or why none, how far the
/// closure the transport used moved once the serums acted, and the peak free concentrations at
/// the targets.
nlohmann::ordered_json serum_action_summary(const RunResult& run, std::size_t index) {
  const auto& serum = run.scenario.serums[index];
  const auto& ran = run.serums[index];
  const bool franz = serum.mode == transport::TransportMode::franz;
  nlohmann::ordered_json action;
  action["mechanism"] = std::string(actives::mechanism_name(ran.mechanism));
  action["description"] =
      franz ? std::string("none: a Franz cell holds excised skin, which does not heal")
            : actives::mechanism_description(actives::mechanism_of(serum.active.name),
                                             serum.active.name);
  const bool acted = run.serum_action && ran.mechanism != actives::Mechanism::none;
  action["closure_residual"] = acted ? nlohmann::ordered_json(run.serum_action->closure_residual)
                                     : nlohmann::ordered_json(nullptr);
  if (acted) {
    const auto [epidermis, dermis] =
        simulation::active_concentration_columns(simulation::serum_source(index));
    action["peak_epidermis_ug_ml"] = column_peak(run.healing, epidermis);
    action["peak_dermis_ug_ml"] = column_peak(run.healing, dermis);
  }
  return action;
}

/// Each application of one serum (one per session it follows): when, which transport it
/// shared, and what it delivered by layer at the end of its contact (docs/model.md 9.4).
nlohmann::ordered_json serum_applications_summary(const SerumRun& ran) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& a : ran.applications) {
    const int shared =
        a.reused_from < 0 ? a.session : ran.applications[std::size_t(a.reused_from)].session;
    list.push_back({{"session", a.session + 1},
                    {"applied_h", a.time / 3600.0},
                    {"transport_of", shared + 1},
                    {"delivered_ug_cm2", delivered_by_layer(a.absorption->rows.back())}});
  }
  return list;
}

}  // namespace

nlohmann::ordered_json run_summary(const RunResult& run) {
  nlohmann::ordered_json extra = healing_summary(run.healing, run.domain);
  extra.update(outcome_summary(run.healing, run.outcomes));
  // The first serum's keys where a single [serum] always had them; every serum's, the first
  // included, in "serums" (docs/model.md 9.4).
  nlohmann::ordered_json serums = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < run.serums.size(); ++i) {
    nlohmann::ordered_json measured =
        serum_summary(run.scenario.serums[i], run.serums[i].absorption);
    nlohmann::ordered_json serum = measured["serum"];
    serum["action"] = serum_action_summary(run, i);
    if (!run.serums[i].applications.empty())
      serum["applications"] = serum_applications_summary(run.serums[i]);
    if (i == 0) {
      measured["serum"] = serum;
      extra.update(measured);
    }
    nlohmann::ordered_json entry = serum;
    for (const auto& [key, value] : measured.items())
      if (key != "serum") entry[key] = value;
    const auto files = serum_files(i);
    const auto [epidermis, dermis] =
        simulation::active_concentration_columns(simulation::serum_source(i));
    entry["files"] = {{"absorption", files.absorption}, {"absorption_profile", files.profile}};
    entry["timeseries_columns"] = {epidermis, dermis};
    serums.push_back(entry);
  }
  if (!serums.empty()) extra["serums"] = serums;
  if (run.scenario.home_serum.present) {
    // The home regimen (docs/model.md 9.4): what it is, how often it went on, what one film
    // delivers to intact skin, and the peak free concentrations at the targets.
    const auto& h = run.scenario.home_serum;
    const auto m = actives::mechanism_of(h.serum.active.name);
    nlohmann::ordered_json home;
    home["active"] = h.serum.active.name;
    home["concentration_mg_ml"] = h.serum.concentration;
    home["every_h"] = h.every / 3600.0;
    home["contact_h"] = h.serum.duration / 3600.0;
    home["applications"] = run.home_application_times.size();
    home["first_h"] = run.home_application_times.empty()
                          ? nlohmann::ordered_json(nullptr)
                          : nlohmann::ordered_json(run.home_application_times.front() / 3600.0);
    home["last_h"] = run.home_application_times.empty()
                         ? nlohmann::ordered_json(nullptr)
                         : nlohmann::ordered_json(run.home_application_times.back() / 3600.0);
    home["mechanism"] = std::string(actives::mechanism_name(m));
    home["description"] = actives::mechanism_description(m, h.serum.active.name);
    if (run.home_absorption) {
      home["delivered_per_application_ug_cm2"] =
          delivered_by_layer(run.home_absorption->rows.back());
      home["peak_epidermis_ug_ml"] = column_peak(run.healing, "home_active_epidermis_ug_ml");
      home["peak_dermis_ug_ml"] = column_peak(run.healing, "home_active_dermis_ug_ml");
    }
    extra["home_serum"] = home;
  }
  if (run.without_serum) extra["serum_effect_pct"] = serum_effect(run, extra);
  return summary_object(run.scenario, run.injury, run.elapsed_s, extra);
}

namespace {

/// A previous run's results must not pass for this run's: remove them, summary first (its
/// "complete" status would otherwise describe a folder being rewritten). Only in a folder that
/// prepare_output_folder has accepted as a run's: no file dermasim did not write is removed.
void remove_previous_outputs(const std::filesystem::path& dir) {
  std::error_code ec;
  std::filesystem::remove(dir / "summary.json", ec);
  std::error_code listing;
  for (const auto& e : std::filesystem::directory_iterator(dir, listing))
    if (is_run_output_name(e.path().filename().string())) {
      std::error_code removing;
      std::filesystem::remove(e.path(), removing);
    }
}

void write_healing_images(const std::filesystem::path& dir, const RunResult& run) {
  const auto& outcomes = run.outcomes;
  // One colour scale for before and after, so that the two compare.
  const auto& a = outcomes.surface_before.height;
  const auto& b = outcomes.surface_after.height;
  double lo = 0, hi = 0;
  for (const auto* v : {&a, &b})
    if (!v->empty()) {
      lo = std::min(lo, *std::min_element(v->begin(), v->end()));
      hi = std::max(hi, *std::max_element(v->begin(), v->end()));
    }
  write_file_atomic(
      dir / "surface_before.png",
      surface_map(outcomes.surface_before, "SURFACE BEFORE TREATMENT", lo, hi).encode_png());
  const bool week26 = outcomes.surface_after_time >= simulation::kWeek26;
  const std::string title =
      fmt::format("SURFACE AT DAY {:.0f}", double(outcomes.surface_after_time) / 86400.0);
  write_file_atomic(dir / (week26 ? "surface_week26.png" : "surface_end.png"),
                    surface_map(outcomes.surface_after, title, lo, hi).encode_png());
  if (!run.healing.section.empty())
    write_file_atomic(dir / "collagen_cross_section.png",
                      collagen_cross_section(run.healing.section, run.domain).encode_png());
}

/// The fields a result holds in memory, through the same writer as a streamed run's.
void write_kept_fields(const std::filesystem::path& dir, const RunResult& run) {
  const RunFields& kept = *run.fields;
  FieldExport out(dir, kept.request);
  out.open(kept.grid);
  for (std::size_t t = 0; t < kept.values.size(); ++t)
    for (std::size_t s = 0; s < kept.values[t].size(); ++s)
      out.write(t, kept.request.times[t], kept.request.species[s], kept.values[t][s]);
  out.finish(run.injury);
}

}  // namespace

void write_run_outputs(const std::filesystem::path& dir, const RunResult& run,
                       FieldExport* fields) {
  const scenario::Scenario& sc = run.scenario;
  prepare_output_folder(dir);
  remove_previous_outputs(dir);
  write_file_atomic(dir / "scenario.resolved.toml", sc.resolved_toml);
  write_file_atomic(dir / "punctures.csv", punctures_csv(run.injury.punctures));
  if (sc.output.images) {
    write_file_atomic(dir / "punctures_map.png", puncture_map(sc, run.injury).encode_png());
    write_file_atomic(dir / "injury_cross_section.png",
                      injury_cross_section(run.injury).encode_png());
  }
  write_file_atomic(dir / "timeseries.csv", timeseries_csv(run.healing, &run.outcomes));
  if (sc.output.images) write_healing_images(dir, run);
  for (std::size_t i = 0; i < run.serums.size(); ++i) {
    const auto& absorption = run.serums[i].absorption;
    const auto files = serum_files(i);
    write_file_atomic(dir / files.absorption, absorption_csv(absorption));
    write_file_atomic(dir / files.profile, absorption_profile_csv(absorption));
    if (sc.output.images)
      for (std::size_t p = 0; p < absorption.profiles.size(); ++p)
        write_file_atomic(dir / fmt::format("{}{:g}h.png", files.cross_section_prefix,
                                            absorption.profiles[p].time / 3600.0),
                          serum_cross_section(absorption, p).encode_png());
  }
  if (fields)
    fields->finish(run.injury);
  else if (run.fields)
    write_kept_fields(dir, run);
  // The report reads the files above, and the summary before it is written: last comes
  // summary.json, whose "status": "complete" tells that everything before it was written.
  const std::string summary = run_summary(run).dump(2) + "\n";
  // The report is a view of the files above: if it cannot be written, the run still is.
  if (sc.output.report) {
    try {
      report::write_run_report(dir, nlohmann::ordered_json::parse(summary));
    } catch (const std::exception& e) {
      fmt::print(stderr, "dermasim: warning: report.html not written: {}\n", e.what());
    }
  }
  write_file_atomic(dir / "summary.json", summary);
}

}  // namespace dermasim::io
