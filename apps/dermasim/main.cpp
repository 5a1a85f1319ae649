// dermasim: the command-line program.
//   dermasim run [SCENARIO] [-o DIR] [--fields NAMES [--field-times TIMES]]
//                                      simulate (the built-in default scenario without a file)
//   dermasim check SCENARIO            validate a scenario without running it
//   dermasim scenario [SCENARIO]       print the resolved scenario (every default filled in)
//   dermasim parameters [--markdown]   print the model parameters with units, ranges, sources
//   dermasim verify [--json]           run the numerical verification cases
//   dermasim bench [--json]            measure bandwidth and solver throughput
//   dermasim report RUN                (re)write a run folder's report.html
//   dermasim compare RUN_A RUN_B [...] a side-by-side report of two or more runs
//   dermasim export-sbml [SCENARIO] [-o FILE]
//                                      the well-mixed healing model as SBML (model.xml)
#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>

#include "bench_command.hpp"
#include "dermasim/io/atomic_file.hpp"
#include "dermasim/io/field_export.hpp"
#include "dermasim/io/field_selection.hpp"
#include "dermasim/io/output_folder.hpp"
#include "dermasim/io/run_outputs.hpp"
#include "dermasim/parameters/parameter_format.hpp"
#include "dermasim/report/report.hpp"
#include "dermasim/run/simulate.hpp"
#include "dermasim/sbml/healing_sbml.hpp"
#include "dermasim/scenario/scenario.hpp"
#include "dermasim/scenario/scenario_error.hpp"
#include "dermasim/simulation/serum_action.hpp"
#include "dermasim/verification/cases.hpp"
#include "dermasim/version.hpp"
#include "progress.hpp"

namespace {

using namespace dermasim;

// Exit codes: 0 success, 1 the run failed, 2 invalid input (nothing written).
constexpr int kRunFailed = 1;
constexpr int kBadInput = 2;

scenario::Scenario load(const std::string& path) {
  return path.empty() ? scenario::load_default_scenario() : scenario::load_scenario_file(path);
}

/// --fields and --field-times, when --fields was given.
struct FieldOptions {
  std::string names, times;
};

int command_run(const std::string& path, std::string out_dir, int threads, bool well_mixed,
                const std::optional<FieldOptions>& field_options) {
  app::Progress progress;
  const scenario::Scenario sc = load(path);
  RunOptions options;
  options.fidelity = well_mixed ? simulation::Fidelity::well_mixed : simulation::Fidelity::three_d;
  options.threads = threads;
  options.progress = [&progress](std::string_view s, double f) { progress.update(s, f); };
  // Checked before anything runs: a mistake writes nothing.
  if (field_options) {
    if (well_mixed)
      throw io::FieldRequestError("--fields: fields need the 3D model (leave out --well-mixed)");
    options.fields = io::parse_field_request(field_options->names, field_options->times, sc);
  }
  // Always a plain child of results/ (a scenario named ".." must not write into the working
  // folder), and checked before any work: a folder that cannot take the results, or holds
  // files no dermasim run wrote, is found now (exit 2), not after the simulation.
  if (out_dir.empty())
    out_dir = (std::filesystem::path("results") / io::safe_folder_name(sc.name)).string();
  io::prepare_output_folder(out_dir);
  progress.log(fmt::format("dermasim {}: scenario {} (seed {}), {} thread(s)", kVersion, sc.source,
                           sc.simulation.seed, run_threads(sc, options)));
  const auto g = sc.grid();
  progress.log(fmt::format("grid {} x {} x {} voxels of {:g} um, {:.0f} MiB per field", g.nx, g.ny,
                           g.nz, g.dz * 1e6, double(grid::field_bytes(g)) / 1048576.0));
  // The fields stream into fields.h5 as the run reaches their times (none is held in memory).
  std::optional<io::FieldExport> fields;
  if (options.fields) {
    progress.log(fmt::format("fields: {} at {} time(s) into fields.h5", field_options->names,
                             options.fields->times.size()));
    options.field_sink = &fields.emplace(out_dir, *options.fields);
  }
  const RunResult result = simulate(sc, options);
  progress.update("writing", 0.0);
  io::write_run_outputs(out_dir, result, fields ? &*fields : nullptr);
  progress.update("writing", 1.0);
  if (fields) {
    std::error_code ec;
    const auto bytes = std::filesystem::file_size(std::filesystem::path(out_dir) / "fields.h5", ec);
    progress.log(fmt::format("fields.h5: {:.1f} MiB, {:.2f} s of writing",
                             double(bytes) / 1048576.0, fields->write_seconds()));
  }
  const auto& s = result.injury.summary;
  if (s.punctures == 0)
    progress.log("warning: no needle landed on the patch; enlarge patch_x/patch_y or add passes");
  progress.log(
      fmt::format("{} punctures ({:.0f}/cm2, {:.1f}/cm2 per pass), depth {:.0f} +/- {:.0f} um, "
                  "bleeding {:.0f} %",
                  s.punctures, s.punctures_per_area * 1e-4, s.punctures_per_area_per_pass * 1e-4,
                  s.depth_mean * 1e6, s.depth_sd * 1e6, 100 * s.bleeding_fraction));
  fmt::print("results written to {}\n", out_dir);
  return 0;
}

int command_check(const std::string& path) {
  const scenario::Scenario sc = load(path);
  const auto g = sc.grid();
  fmt::print("{}: OK ({} device, site {}, {} session(s); grid {} x {} x {}, {:.0f} MiB)\n",
             sc.source, device::kind_name(sc.device.kind), sc.skin.site, sc.sessions.size(), g.nx,
             g.ny, g.nz, sc.grid_memory() / 1048576.0);
  return 0;
}

int command_parameters(bool markdown) {
  // The formatter is shared with the test that holds docs/parameters.md to these rows.
  const auto params = parameters::default_parameters();
  if (markdown) {
    fmt::print("{}", parameters::markdown_header());
    for (const auto& p : params.infos()) fmt::print("{}\n", parameters::markdown_row(p));
    return 0;
  }
  for (const auto& p : params.infos()) fmt::print("{}", parameters::text_entry(p));
  return 0;
}

int command_verify(bool json, const std::string& only) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  bool all_passed = true;
  int ran = 0;
  for (const auto& c : verification::all_cases()) {
    if (!only.empty() && c.name != only) continue;
    ++ran;
    const auto start = std::chrono::steady_clock::now();
    const auto metrics = c.run();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    for (const auto& m : metrics) {
      all_passed = all_passed && m.passed();
      if (json) {
        out.push_back({{"name", m.name},
                       {"metric", m.metric},
                       {"value", m.value},
                       {"threshold", m.threshold},
                       {"passed", m.passed()}});
      } else {
        fmt::print("{:<4} {:<24} {:<62} {:>11.4g} {} {:<9.3g} ({:.1f} s)\n",
                   m.passed() ? "ok" : "FAIL", m.name, m.metric, m.value,
                   m.higher_is_better ? ">=" : "<=", m.threshold, seconds);
      }
    }
  }
  if (ran == 0) {  // a misspelt case is invalid input (exit 2), not a failed verification
    std::string names;
    for (const auto& c : verification::all_cases()) names += (names.empty() ? "" : ", ") + c.name;
    fmt::print(stderr, "dermasim: error: no verification case named '{}' (known cases: {})\n", only,
               names);
    return kBadInput;
  }
  if (json) fmt::print("{}\n", out.dump(2));
  return all_passed ? 0 : kRunFailed;
}

int command_report(const std::string& dir) {
  const auto run = report::read_run_folder(dir);
  report::write_run_report(dir, run.at("summary"));
  fmt::print("report written to {}\n", (std::filesystem::path(dir) / "report.html").string());
  return 0;
}

int command_compare(const std::vector<std::string>& dirs, const std::string& out) {
  std::vector<std::filesystem::path> runs(dirs.begin(), dirs.end());
  report::write_comparison(runs, out);
  fmt::print("comparison written to {} (compare.html, compare.json)\n", out);
  return 0;
}

/// The output file of export-sbml is unusable (a folder, or in a folder that does not exist):
/// invalid input, found before any work.
struct OutputPathError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

int command_export_sbml(const std::string& path, const std::string& out) {
  namespace fs = std::filesystem;
  const fs::path file(out);
  const fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
  if (fs::is_directory(file))
    throw OutputPathError(fmt::format("{}: is a directory; give a file name, e.g. {}", out,
                                      (file / "model.xml").string()));
  if (!fs::is_directory(folder))
    throw OutputPathError(fmt::format("{}: the folder {} does not exist", out, folder.string()));
  const scenario::Scenario sc = load(path);
  const std::string xml = sbml::healing_model_sbml(sc);
  // An inconsistent document is a bug of the export: it is reported and not written.
  int warnings = 0;
  for (const auto& issue : sbml::check_consistency(xml)) {
    if (issue.is_error())
      throw std::runtime_error(fmt::format("the SBML export failed libsbml's checks: {} {}: {}",
                                           issue.category, issue.id, issue.message));
    ++warnings;
  }
  try {
    io::write_file_atomic(file, xml);
  } catch (const std::runtime_error& e) {
    throw OutputPathError(e.what());
  }
  fmt::print(
      "SBML model of {} written to {} ({} species, {} session(s); libsbml checks: "
      "0 errors, {} warnings)\n",
      sc.source, out, biology::kSpecies, sc.sessions.size(), warnings);
  // The serum's action is a time course the transport computes (docs/model.md 9), which the
  // well-mixed model reads as an input; the file holds the healing kinetics without it.
  for (const auto& serum : sc.serums)
    if (simulation::serum_acts(serum))
      fmt::print(stderr,
                 "note: the serum's {} acts on the tissue in dermasim runs (docs/model.md 9); its "
                 "delivered concentration comes from the transport model and is not in the SBML "
                 "file, which holds the healing kinetics without it\n",
                 serum.active.name);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"dermasim: a simulator of microneedling (percutaneous collagen induction therapy)"};
  app.set_version_flag("--version", std::string("dermasim ") + dermasim::kVersion);
  app.require_subcommand(1);

  std::string run_path, out_dir;
  int threads = 0;
  auto* run =
      app.add_subcommand("run", "Simulate a scenario (the built-in default without a file)");
  run->add_option("scenario", run_path, "Scenario file (TOML)")->check(CLI::ExistingFile);
  run->add_option("-o,--output", out_dir, "Results folder (default results/<scenario name>)");
  run->add_option("-t,--threads", threads, "Threads (default: the scenario's, else all cores)")
      ->check(CLI::Range(0, 1024));
  bool well_mixed = false;
  run->add_flag("--well-mixed", well_mixed,
                "Healing as one well-mixed compartment (CVODE, instant) instead of the 3D model");
  FieldOptions field_options;
  auto* fields_option = run->add_option(
      "--fields", field_options.names,
      "3D fields to write to fields.h5 and fields.xdmf (ParaView): comma-separated species "
      "names, 'damage' (also the injury field), or 'all'");
  run->add_option("--field-times", field_options.times,
                  "When: comma-separated times after the first session, e.g. \"0 h,1 d,7 d\" "
                  "(default: each session and days 1, 7, 28 and the end)")
      ->needs(fields_option);

  std::string check_path;
  auto* check =
      app.add_subcommand("check", "Validate a scenario without running it (exit 2 if invalid)");
  check->add_option("scenario", check_path, "Scenario file (TOML)")->required();

  std::string show_path;
  auto* show =
      app.add_subcommand("scenario", "Print the resolved scenario, every default filled in");
  show->add_option("scenario", show_path, "Scenario file (default: the built-in one)");

  bool markdown = false;
  auto* params =
      app.add_subcommand("parameters", "Print the model parameters with units, ranges and sources");
  params->add_flag("--markdown", markdown, "As a Markdown table");

  bool verify_json = false;
  std::string verify_case;
  auto* verify =
      app.add_subcommand("verify", "Run the numerical verification cases (exit 1 if any fails)");
  verify->add_flag("--json", verify_json,
                   "Print a JSON list of {name, metric, value, threshold, passed}");
  verify->add_option("--case", verify_case, "Run only this case");

  bool bench_json = false, bench_quick = false;
  int bench_case = -1, bench_threads = 1;
  auto* bench =
      app.add_subcommand("bench", "Measure memory bandwidth and solver throughput (ratios)");
  bench->add_flag("--json", bench_json, "Print one JSON object");
  bench->add_flag("--quick", bench_quick, "Small sizes (a smoke test, not a measurement)");
  bench->add_option("--case", bench_case, "Run one case in this process (used internally)")
      ->group("");
  bench->add_option("--threads", bench_threads, "Threads for --case")
      ->group("")
      ->check(CLI::Range(1, 1024));

  std::string report_dir;
  auto* report_cmd = app.add_subcommand("report", "Write (again) the report.html of a run folder");
  report_cmd->add_option("run", report_dir, "A folder written by `dermasim run`")
      ->required()
      ->check(CLI::ExistingDirectory);

  std::vector<std::string> compare_dirs;
  std::string compare_out = "results/compare";
  auto* compare = app.add_subcommand(
      "compare", "Compare two or more runs side by side (compare.html and compare.json)");
  compare->add_option("runs", compare_dirs, "Folders written by `dermasim run`")
      ->required()
      ->expected(2, 64)
      ->check(CLI::ExistingDirectory);
  compare->add_option("-o,--output", compare_out, "Folder of the comparison")
      ->capture_default_str();

  std::string sbml_path, sbml_out = "model.xml";
  auto* export_sbml = app.add_subcommand(
      "export-sbml",
      "Write the well-mixed healing model as SBML Level 3 (COPASI, libRoadRunner/Tellurium)");
  export_sbml->add_option("scenario", sbml_path, "Scenario file (default: the built-in one)");
  export_sbml->add_option("-o,--output", sbml_out, "SBML file")->capture_default_str();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : kBadInput;
  }
  try {
    if (*run)
      return command_run(run_path, out_dir, threads, well_mixed,
                         fields_option->count() > 0 ? std::optional(field_options) : std::nullopt);
    if (*check) return command_check(check_path);
    if (*show) {
      fmt::print("{}", load(show_path).resolved_toml);
      return 0;
    }
    if (*params) return command_parameters(markdown);
    if (*verify) return command_verify(verify_json, verify_case);
    if (*report_cmd) return command_report(report_dir);
    if (*compare) return command_compare(compare_dirs, compare_out);
    if (*export_sbml) return command_export_sbml(sbml_path, sbml_out);
    if (*bench)
      return bench_case >= 0 ? app::command_bench_case(bench_case, bench_threads, bench_quick)
                             : app::command_bench(bench_json, bench_quick);
  } catch (const scenario::ScenarioError& e) {
    fmt::print(stderr, "{}\n", e.what());
    return kBadInput;
  } catch (const report::RunFolderError& e) {
    fmt::print(stderr, "dermasim: error: {}\n", e.what());
    return kBadInput;
  } catch (const io::FieldRequestError& e) {
    fmt::print(stderr, "dermasim: error: {}\n", e.what());
    return kBadInput;
  } catch (const OutputPathError& e) {
    fmt::print(stderr, "dermasim: error: {}\n", e.what());
    return kBadInput;
  } catch (const io::OutputFolderError& e) {
    fmt::print(stderr, "dermasim: error: {}\n", e.what());
    return kBadInput;
  } catch (const std::exception& e) {
    fmt::print(stderr, "dermasim: error: {}\n", e.what());
    return kRunFailed;
  }
  return 0;
}
