#pragma once
// A treatment scenario, validated and in SI units: the skin, the device, the sessions, the
// simulation settings, the output settings and the model parameters.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "dermasim/device/device_spec.hpp"
#include "dermasim/grid/grid3d.hpp"
#include "dermasim/parameters/parameter_set.hpp"
#include "dermasim/skin/conditions.hpp"
#include "dermasim/skin/skin_spec.hpp"
#include "dermasim/transport/serum_spec.hpp"

namespace dermasim::scenario {

struct SimulationSpec {
  double patch_x = 0, patch_y = 0;  // m, the simulated window of skin
  double resolution = 0;            // m, voxel edge
  double healing_resolution = 0;    // m, voxel edge of the healing model's grid
  bool depth_auto = true;           // grid depth from the needle length (see grid_depth())
  double depth = 0;                 // m, the grid depth in use
  double duration = 0;              // s, simulated time after the first session
  std::uint64_t seed = 1;
  int threads = 0;        // 0: all cores
  double max_memory = 0;  // bytes the grid may take
};

struct OutputSpec {
  bool images = true;
  bool report = true;  // report.html
};

struct Scenario {
  std::string source;  // path of the file, or "<built-in default>"
  std::string name;    // stem of the file, or "default"
  skin::SkinSpec skin;
  skin::Conditions conditions;  // scars, lines, pigmentation placed on the patch
  /// The serums applied with sessions, in the order given: one from [serum], or several from
  /// [[serums]] (each its own active, dose and sessions); empty without one.
  std::vector<transport::SerumSpec> serums;
  transport::HomeRegimen home_serum;  // a serum used at home between sessions (present or not)
  device::DeviceSpec device;
  std::vector<device::SessionSpec> sessions;
  SimulationSpec simulation;
  OutputSpec output;
  parameters::ParameterSet parameters;
  std::string resolved_toml;  // the complete scenario as run, every default filled in

  grid::Grid3D grid() const;
  /// Bytes of the grid fields this scenario needs (the injury field: one double per voxel).
  double grid_memory() const;
  /// Mean number of punctures on the patch over all sessions, from the device geometry.
  double expected_punctures() const;
  /// Bytes of the healing model's fields (every species, and the step-doubling copies).
  double healing_memory() const;
  /// Bytes the run needs: the grid, the punctures with their channels, the healing fields.
  double estimated_memory() const;
};

/// Parses and validates; throws ScenarioError with file, line, column, key and expectation.
Scenario load_scenario_file(const std::filesystem::path& path);
Scenario load_scenario_text(const std::string& text, const std::string& source_name,
                            const std::string& scenario_name);
/// The built-in default scenario (a roller on the cheek), as TOML text.
const std::string& default_scenario_text();
Scenario load_default_scenario();

}  // namespace dermasim::scenario
