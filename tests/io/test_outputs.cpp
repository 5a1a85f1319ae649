#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "../scenario/scenario_test_util.hpp"
#include "dermasim/io/atomic_file.hpp"
#include "dermasim/io/image.hpp"
#include "dermasim/io/run_outputs.hpp"
#include "dermasim/io/serum_outputs.hpp"
#include "dermasim/outcomes/outcomes.hpp"
#include "dermasim/run/simulate.hpp"
#include "dermasim/simulation/healing_domain.hpp"
#include "dermasim/simulation/healing_run.hpp"
#include "dermasim/simulation/serum_stage.hpp"

using namespace dermasim;

TEST(Outputs, PuncturesCsvHasTheDocumentedColumnsInMicrometres) {
  device::Puncture p;
  p.x = 1.5e-3;
  p.y = 250e-6;
  p.depth = 525e-6;
  p.session = 0;
  p.pass = 2;
  p.layer = skin::Layer::reticular_dermis;
  p.bleeding = true;
  const std::string csv = io::punctures_csv({p});
  EXPECT_EQ(csv,
            "x_um,y_um,depth_um,angle_deg,azimuth_deg,session,pass,time_s,layer,bleeding\n"
            "1500.000,250.000,525.000,0.000,0.000,1,3,0.0000,reticular_dermis,1\n");
}

TEST(Outputs, SummaryJsonHasTheDocumentedKeys) {
  const auto sc = test_util::load_text(
      test_util::minimal_scenario("type = \"pen\"\n", "[simulation]\nresolution = \"40 um\"\n"));
  const auto stage = simulation::run_injury_stage(sc);
  const auto j = nlohmann::json::parse(io::summary_json(sc, stage, 1.0));
  for (const char* key : {"dermasim_version",
                          "scenario",
                          "scenario_hash",
                          "seed",
                          "device",
                          "site",
                          "sessions",
                          "passes",
                          "punctures",
                          "patch_area_cm2",
                          "punctures_per_cm2",
                          "punctures_per_cm2_per_pass",
                          "expected_punctures_per_cm2_per_pass",
                          "depth_um",
                          "nominal_length_um",
                          "penetration_ratio",
                          "entry_angle_deg_mean",
                          "bleeding_fraction",
                          "deepest_layer_fraction",
                          "injured_volume_fraction",
                          "skin_layers",
                          "channel_volume_mm3",
                          "injured_volume_mm3",
                          "grid",
                          "elapsed_s",
                          "status"})
    EXPECT_TRUE(j.contains(key)) << key;
  // Values agree with the stage they summarize.
  EXPECT_EQ(j["punctures"], stage.punctures.size());
  EXPECT_NEAR(j["punctures_per_cm2"].get<double>(), double(stage.punctures.size()) / 0.16, 1e-9);
  EXPECT_NEAR(j["depth_um"]["mean"].get<double>(), stage.summary.depth_mean * 1e6, 1e-9);
  double reached = 0;
  for (auto& [layer, f] : j["deepest_layer_fraction"].items()) reached += f.get<double>();
  EXPECT_NEAR(reached, 1.0, 1e-12);
  for (const char* key : {"mean", "sd", "min", "max"})
    EXPECT_TRUE(j["depth_um"].contains(key)) << key;
  EXPECT_TRUE(j["injured_volume_fraction"].contains("papillary_dermis"));
  EXPECT_EQ(j["status"], "complete");
}

TEST(Outputs, AtomicWriteReplacesAndLeavesNoTemporaryFile) {
  const auto dir = std::filesystem::temp_directory_path() / "dermasim_atomic_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  io::write_file_atomic(dir / "a.txt", "first");
  io::write_file_atomic(dir / "a.txt", "second");
  std::ifstream in(dir / "a.txt");
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(content, "second");
  int files = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++files;
  EXPECT_EQ(files, 1);
  EXPECT_THROW(io::write_file_atomic(dir / "missing" / "b.txt", "x"), std::runtime_error);
  std::filesystem::remove_all(dir);
}

TEST(Outputs, PngIsValidAndViridisHasItsPublishedEnds) {
  io::Image img(8, 4);
  img.set(1, 1, io::viridis(0.5));
  const std::string png = img.encode_png();
  ASSERT_GE(png.size(), 8u);
  EXPECT_EQ(png.substr(1, 3), "PNG");
  EXPECT_EQ(io::viridis(0.0), (io::Rgb{0x44, 0x01, 0x54}));
  EXPECT_EQ(io::viridis(1.0), (io::Rgb{0xfd, 0xe7, 0x25}));
  EXPECT_EQ(io::viridis(std::nan("")), io::viridis(0.0));
}

TEST(Outputs, ScenarioHashChangesWithTheScenarioNotWithItsPath) {
  EXPECT_NE(io::scenario_hash("a = 1"), io::scenario_hash("a = 2"));
  EXPECT_EQ(io::scenario_hash("a = 1").size(), 16u);
  const auto a = test_util::load_text(test_util::minimal_scenario());
  const auto b =
      scenario::load_scenario_text(test_util::minimal_scenario(), "/elsewhere/other.toml", "other");
  EXPECT_EQ(io::scenario_hash(a.resolved_toml), io::scenario_hash(b.resolved_toml));
}

namespace {

/// True when a cell below the header reads as a non-finite number ("nan", "inf"), which
/// column names such as hyaluronan_mg_cm3 may contain as text.
bool has_non_finite_cell(const std::string& csv) {
  std::size_t line_start = csv.find('\n');
  while (line_start != std::string::npos && line_start + 1 < csv.size()) {
    const std::size_t line_end = csv.find('\n', line_start + 1);
    const std::string line = csv.substr(line_start + 1, line_end - line_start - 1);
    std::size_t a = 0;
    while (a <= line.size()) {
      std::size_t b = line.find(',', a);
      if (b == std::string::npos) b = line.size();
      std::string cell = line.substr(a, b - a);
      if (!cell.empty() && (cell[0] == '-' || cell[0] == '+')) cell = cell.substr(1);
      if (cell == "nan" || cell == "inf" || cell == "NaN" || cell == "Inf") return true;
      a = b + 1;
    }
    line_start = line_end;
  }
  return false;
}

/// A short well-mixed run written to a folder, with or without conditions.
std::filesystem::path write_run(const std::string& extra, const std::string& name) {
  const auto sc = test_util::load_text(test_util::minimal_scenario(
      "type = \"roller\"\n",
      "[simulation]\nresolution = \"40 um\"\npatch_x = \"4 mm\"\npatch_y = \"4 mm\"\n"
      "duration = \"5 weeks\"\n" +
          extra));
  RunOptions options;
  options.fidelity = simulation::Fidelity::well_mixed;
  const auto dir = std::filesystem::temp_directory_path() / ("dermasim_test_" + name);
  std::filesystem::remove_all(dir);
  io::write_run_outputs(dir, simulate(sc, options));
  return dir;
}
std::string read(const std::filesystem::path& p) {
  std::ifstream in(p);
  return {std::istreambuf_iterator<char>(in), {}};
}
}  // namespace

TEST(Outputs, OutcomeColumnsAndKeysAppearWhereTheyApplyAndOnlyThere) {
  const auto plain = write_run("", "plain");
  const auto scarred = write_run(
      "[[conditions.scars]]\ntype = \"boxcar\"\nx = \"2 mm\"\ny = \"2 mm\"\n"
      "[[conditions.lines]]\ndepth = \"80 um\"\n",
      "scarred");
  for (const auto& dir : {plain, scarred}) {
    const std::string csv = read(dir / "timeseries.csv");
    const std::string header = csv.substr(0, csv.find('\n'));
    for (const auto& c : outcomes::OutcomeSeries::columns())
      EXPECT_NE(header.find("," + c), std::string::npos) << c;
    EXPECT_FALSE(has_non_finite_cell(csv));
    EXPECT_TRUE(std::filesystem::exists(dir / "surface_before.png"));
    EXPECT_TRUE(std::filesystem::exists(dir / "surface_end.png"));  // a 5-week run
  }
  const auto p = nlohmann::json::parse(read(plain / "summary.json"));
  const auto s = nlohmann::json::parse(read(scarred / "summary.json"));
  // Every skin has a texture, a colour, a stiffness and a downtime; only scarred skin has scars.
  for (const char* key : {"ra_change_pct", "melanin_index_change_pct", "elasticity_change_pct",
                          "downtime_h", "downtime_by_session", "outcomes_before_treatment"}) {
    EXPECT_TRUE(p.contains(key)) << key;
    EXPECT_TRUE(s.contains(key)) << key;
  }
  for (const char* key : {"scar_depth_change_pct", "scar_depth_change_pct_by_type",
                          "wrinkle_depth_change_pct", "masi_change_pct"})
    EXPECT_FALSE(p.contains(key)) << key;
  EXPECT_TRUE(s["scar_depth_change_pct_by_type"].contains("boxcar"));
  EXPECT_FALSE(s["scar_depth_change_pct_by_type"].contains("icepick"));
  EXPECT_LT(s["scar_depth_change_pct"]["4"].get<double>(), 0.0);
  EXPECT_LT(s["wrinkle_depth_change_pct"]["4"].get<double>(), 0.0);
  // Not-applicable outcomes are empty cells: the plain run's scar and line columns hold nothing,
  // the scarred run's scar, boxcar and line columns a number.
  auto cells = [](const std::filesystem::path& dir) {
    std::ifstream in(dir / "timeseries.csv");
    std::string header, row;
    std::getline(in, header);
    std::getline(in, row);
    std::map<std::string, std::string> out;
    std::stringstream hs(header), rs(row);
    std::string h, v;
    while (std::getline(hs, h, ',')) {
      std::getline(rs, v, ',');
      out[h] = v;
    }
    return out;
  };
  const auto pc = cells(plain), sc = cells(scarred);
  for (const char* c : {"scar_depth_um", "scar_depth_boxcar_um", "wrinkle_depth_um", "masi"})
    EXPECT_EQ(pc.at(c), "") << c;
  for (const char* c : {"scar_depth_um", "scar_depth_boxcar_um", "wrinkle_depth_um", "ra_um"})
    EXPECT_NE(sc.at(c), "") << c;
  EXPECT_EQ(sc.at("scar_depth_icepick_um"), "");
  EXPECT_NE(pc.at("ra_um"), "");
}

TEST(Outputs, SerumFilesColumnsAndKeysAppearWithASerumAndOnlyThen) {
  const std::string extra =
      "[serum]\nactive = \"niacinamide\"\nmode = \"franz\"\nduration = \"1 h\"\n"
      "profile_times = [\"0.5 h\"]\nlateral_resolution = \"40 um\"\ndepth_resolution = \"20 um\"\n";
  const auto text = test_util::minimal_scenario(
      "type = \"stamp\"\n[device.stamp]\npitch = \"0.5 mm\"\n",
      "[simulation]\nresolution = \"40 um\"\npatch_x = \"4 mm\"\npatch_y = \"4 mm\"\n"
      "duration = \"1 week\"\n" +
          extra);
  const auto sc = test_util::load_text(text);
  RunOptions options;
  options.fidelity = simulation::Fidelity::well_mixed;
  const RunResult run = simulate(sc, options);
  ASSERT_EQ(run.serums.size(), 1u);
  const auto dir = std::filesystem::temp_directory_path() / "dermasim_test_serum";
  std::filesystem::remove_all(dir);
  io::write_run_outputs(dir, run);
  const std::string csv = read(dir / "absorption.csv");
  EXPECT_EQ(csv.substr(0, csv.find('\n')),
            "time_h,permeated_ug_cm2,flux_ug_cm2_h,donor_ug_cm2,stratum_corneum_ug_cm2,"
            "viable_epidermis_ug_cm2,dermis_ug_cm2,cleared_ug_cm2,receptor_ug_cm2,"
            "delivered_ug_cm2,intact_permeated_ug_cm2,intact_delivered_ug_cm2,"
            "channels_open_fraction,mass_balance_error,degraded_ug_cm2");
  EXPECT_FALSE(has_non_finite_cell(csv));
  const std::string profile = read(dir / "absorption_profile.csv");
  EXPECT_EQ(profile.substr(0, profile.find('\n')),
            "depth_um,concentration_0.5h_mg_ml,intact_0.5h_mg_ml");
  EXPECT_TRUE(std::filesystem::exists(dir / "serum_cross_section_0.5h.png"));
  const auto j = nlohmann::json::parse(read(dir / "summary.json"));
  for (const char* key : {"lag_time_h", "steady_flux_ug_cm2_h", "cumulative_ug_cm2",
                          "delivered_ug_cm2", "enhancement_ratio", "enhancement_ratio_delivered",
                          "mass_balance_relative_error", "intact", "serum"})
    EXPECT_TRUE(j.contains(key)) << key;
  EXPECT_TRUE(j["cumulative_ug_cm2"].contains("1"));  // the contact time is 1 h
  EXPECT_EQ(j["serum"]["skin"], "human");
  EXPECT_TRUE(j["serum"]["vehicle_half_life_h"].is_null());  // stable unless given
  EXPECT_EQ(j["serum"]["degraded_ug_cm2"], 0.0);
  EXPECT_EQ(j["serum"]["coefficients"]["permeability_sc_species_factor"], 1.0);
  // The depth grid as run: niacinamide's first plane is a fifth of its 1 h penetration into the
  // stratum corneum, finer than the 20 um planes below it.
  const auto& grid = j["serum"]["grid"];
  EXPECT_EQ(grid["depth_resolution_um"], 20.0);
  EXPECT_GT(grid["first_plane_um"].get<double>(), 0.1);
  EXPECT_LT(grid["first_plane_um"].get<double>(), 20.0);
  EXPECT_GT(grid["depth_planes"].get<int>(), 4);
  // This run is well-mixed: its serum ran on the axisymmetric cell (docs/model.md 8.9).
  EXPECT_EQ(grid["unit_cell"], "axisymmetric");
  EXPECT_GE(grid["rings"].get<int>(), 4);
  EXPECT_EQ(grid["lateral_voxels"].get<int>(), 0);
  EXPECT_LT(j["mass_balance_relative_error"].get<double>(), 1e-9);
  // Without a serum, none of it.
  const auto plain = write_run("", "plain_no_serum");
  EXPECT_FALSE(std::filesystem::exists(plain / "absorption.csv"));
  EXPECT_FALSE(nlohmann::json::parse(read(plain / "summary.json")).contains("enhancement_ratio"));
}

TEST(Outputs, SerumRatiosAreNullWhenIntactSkinPassesNothingMeasurable) {
  // A route closed to a molecule keeps a vanishing conductance: intact skin passes 1e-240
  // ug/cm^2 of hyaluronic acid, not a measurable amount, and its ratios and lag are no numbers.
  transport::SerumSpec s;
  s.present = true;
  s.concentration = 5;
  transport::AbsorptionResult r;
  for (int k = 0; k <= 4; ++k) {
    transport::AbsorptionRow row;
    row.time = k * 3600.0;
    row.permeated = row.delivered = 1e-6 * k * k;  // kg/m^2: 0.1 ug/cm^2 at 1 h
    row.flux = k > 0 ? 1e-6 * (2 * k - 1) / 3600.0 : 0.0;
    r.rows.push_back(row);
    row.permeated = row.delivered = 1e-245 * k;
    row.flux = k > 0 ? 1e-245 / 3600.0 : 0.0;
    r.intact_rows.push_back(row);
  }
  const auto j = io::serum_summary(s, r);
  EXPECT_TRUE(j["enhancement_ratio"].is_null());
  EXPECT_TRUE(j["enhancement_ratio_delivered"].is_null());
  EXPECT_TRUE(j["intact"]["lag_time_h"].is_null());
  EXPECT_TRUE(j["intact"]["steady_flux_ug_cm2_h"].is_null());
  EXPECT_TRUE(j["lag_time_h"].is_number());  // with the channels the amounts are measurable
  // A measurable intact amount gives the ratio again.
  for (auto& row : r.intact_rows) row.permeated = row.delivered = 1e-2 * row.time / 3600.0 * 1e-6;
  EXPECT_NEAR(io::serum_summary(s, r)["enhancement_ratio"].get<double>(), 400.0, 1e-9);
  // A finite dose reports what was applied and what is left; an infinite one (a notional
  // reservoir) neither.
  r.applied = 0.05 * 50;
  EXPECT_NEAR(io::serum_summary(s, r)["serum"]["applied_ug_cm2"].get<double>(), 2.5e5, 1e-6);
  const std::string finite = io::absorption_csv(r);
  EXPECT_EQ(finite.substr(finite.find('\n') + 1, 4), "0,0,");
  EXPECT_NE(finite.find("\n1,0.1,0.1,0,"), std::string::npos) << finite;
  r.infinite_dose = true;
  EXPECT_EQ(io::serum_summary(s, r)["serum"]["applied_ug_cm2"], "infinite");
  const std::string infinite = io::absorption_csv(r);
  EXPECT_NE(infinite.find("\n1,0.1,0.1,,"), std::string::npos) << infinite;
}
